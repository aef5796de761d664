package dojo.lambda.logs;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a {@link LogStore} keeps and how often it writes.
 *
 * @param maxEventsPerFunction newest events kept in memory per function (older ones stay on disk
 *     until the file is compacted)
 * @param subscriberQueue events buffered per live subscriber before events are dropped
 * @param flushInterval how often buffered appends are written to the files; a crash loses at
 *     most this much log
 * @param maxFileBytes a function's file beyond this size is compacted to its kept events
 */
public record LogLimits(int maxEventsPerFunction, int subscriberQueue, Duration flushInterval, long maxFileBytes) {
    public static final LogLimits DEFAULTS = new LogLimits(10_000, 1_000, Duration.ofMillis(200), 16L << 20);

    public LogLimits {
        Objects.requireNonNull(flushInterval, "flushInterval");
        if (maxEventsPerFunction < 1 || subscriberQueue < 1 || flushInterval.isNegative() || flushInterval.isZero()
                || maxFileBytes < 1) {
            throw new IllegalArgumentException("Expected positive log limits, found " + maxEventsPerFunction
                    + " events, queue " + subscriberQueue + ", flush every " + flushInterval + ", files up to "
                    + maxFileBytes + " bytes; start from LogLimits.DEFAULTS");
        }
    }
}
