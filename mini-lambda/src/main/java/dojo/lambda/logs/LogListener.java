package dojo.lambda.logs;

/**
 * Receives a function's log events live; see {@link LogStore#subscribe}. Both methods are
 * called on the subscription's own delivery thread, one call at a time, in order; they may
 * block (e.g. on a slow network client) without slowing down invocations.
 */
public interface LogListener {
    /** The next event. */
    void event(LogEvent event);

    /**
     * {@code count} events were dropped at this point because this listener fell behind and its
     * queue was full; the next {@link #event} is the first one after the gap.
     */
    void dropped(long count);
}
