package dojo.course.cell.agent;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
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

    private static final int VALUE_CHARS = 500;
    private static final int ARRAY_ELEMENTS = 20;

    /**
     * Runs a snippet on the agent's command thread (a run past its time is ended by killing this
     * JVM) and describes its value briefly: JShell's own description of a 5 MB array would be
     * megabytes of text sent to the server for a value the page does not show in full.
     */
    @Override
    protected String invoke(Method doitMethod) throws Exception {
        return brief(doitMethod.invoke(null));
    }

    static String brief(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "\"" + cut(s) + "\"";
        }
        if (value instanceof Character c) {
            return "'" + c + "'";
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            StringBuilder text = new StringBuilder(value.getClass().getComponentType().getSimpleName())
                    .append('[').append(length).append("] { ");
            for (int i = 0; i < Math.min(length, ARRAY_ELEMENTS); i++) {
                text.append(i == 0 ? "" : ", ").append(cut(String.valueOf(Array.get(value, i))));
            }
            return text.append(length > ARRAY_ELEMENTS ? ", ... }" : " }").toString();
        }
        return cut(String.valueOf(value));
    }

    private static String cut(String text) {
        return text.length() <= VALUE_CHARS ? text : text.substring(0, VALUE_CHARS) + "...";
    }

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
