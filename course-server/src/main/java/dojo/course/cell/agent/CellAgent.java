package dojo.course.cell.agent;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.execution.Util;

/**
 * The JShell execution agent that runs inside a cell's sandbox: it loads the classes the server's
 * JShell compiled and runs them, speaking JShell's remote protocol over stdin and stdout. It
 * depends only on the JDK, because the sandbox contains nothing else; the server copies this one
 * class file into the sandbox.
 *
 * <p>The server's own JShell never runs learner code: JShell's default remote engine connects
 * over TCP through JDI, which a sandbox without a network cannot do, so this agent plays the same
 * part over the process's pipes.
 */
public final class CellAgent extends LocalExecutionControl {

    @Override
    protected void clientCodeLeave() {
        super.clientCodeLeave();
        // output printed without a newline must reach the server before the snippet's result
        System.out.flush();
        System.err.flush();
    }

    public static void main(String[] args) throws Exception {
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        InputStream protocolIn = new FileInputStream(FileDescriptor.in);
        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        outputs.put("out", stream -> System.setOut(new PrintStream(stream, true)));
        outputs.put("err", stream -> System.setErr(new PrintStream(stream, true)));
        Map<String, Consumer<InputStream>> inputs = new HashMap<>();
        inputs.put("in", System::setIn);
        Util.forwardExecutionControlAndIO(new CellAgent(), protocolIn, protocolOut, outputs, inputs);
    }
}
