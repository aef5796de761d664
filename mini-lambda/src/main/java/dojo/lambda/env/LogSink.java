package dojo.lambda.env;

/** Receives an environment's output, one line at a time, in order. Called from one thread. */
public interface LogSink {
    /**
     * @param requestId the invocation running when the line was written, or null during INIT and
     *     between invocations
     */
    void line(String requestId, String text);
}
