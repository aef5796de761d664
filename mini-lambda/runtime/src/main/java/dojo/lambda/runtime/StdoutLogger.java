package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;

/**
 * The {@link LambdaLogger} of this runtime: writes exactly what it is given (no newline added, as
 * AWS's text-format logger) to the process's stdout, which the engine captures as the log.
 * Writes go through {@link System#out} so they interleave correctly with {@code System.out.println}.
 */
final class StdoutLogger implements LambdaLogger {
    @Override
    public void log(String message) {
        PrintStream out = System.out;
        out.print(message);
        out.flush();
    }

    @Override
    public void log(byte[] message) {
        PrintStream out = System.out;
        out.write(message, 0, message.length);
        out.flush();
    }
}
