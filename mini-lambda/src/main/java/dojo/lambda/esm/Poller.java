package dojo.lambda.esm;

/** The running side of one enabled event source mapping, started by its {@link EventSourceKind}. */
public interface Poller extends AutoCloseable {
    /** AWS's LastProcessingResult (for example {@code OK} or {@code PROBLEM: Function call failed}), or null. */
    default String lastProcessingResult() {
        return null;
    }

    /** Stops polling promptly and never throws; a batch being processed may finish on its own thread. */
    @Override
    void close();
}
