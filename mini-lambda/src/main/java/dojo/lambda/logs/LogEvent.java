package dojo.lambda.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * One CloudWatch log event of a function.
 *
 * @param sequence this function's event number: 1, 2, 3... in append order, never reused while
 *     the function exists; a cursor for {@link LogStore#read}
 * @param streamName the execution environment's log stream, see {@link LogFormat#streamName}
 * @param requestId the invocation the event belongs to, or null (e.g. output during INIT)
 * @param message one line of text without its line break
 */
public record LogEvent(long sequence, Instant timestamp, String streamName, String requestId, String message) {
    public LogEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("Expected a sequence number >= 1, found " + sequence);
        }
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(streamName, "streamName");
        Objects.requireNonNull(message, "message");
    }
}
