package dojo.lambda.logs;

import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Functions' logs, as CloudWatch keeps them for Lambda: per account and function, events in
 * per-environment log streams, numbered in append order.
 *
 * <p>Each function keeps its newest {@link LogLimits#maxEventsPerFunction()} events in memory
 * and appends every event to {@code <dataDir>/accounts/<accountId>/logs/<functionName>.log}
 * (JSON lines), read back on first use after a restart. Appends only touch memory and a write
 * buffer; a daemon thread flushes the buffers every {@link LogLimits#flushInterval()} and
 * compacts files grown past {@link LogLimits#maxFileBytes()}.
 *
 * <p>Everything is keyed by account id, so one account never reads another's logs. Thread-safe;
 * functions do not contend with each other. The creator closes the store, which flushes.
 */
public final class LogStore implements AutoCloseable {
    /** The most a single event keeps; CloudWatch's own limit is 256 KB per event. */
    public static final int MAX_MESSAGE_CHARS = 256 * 1024;
    /** The most events one {@link #read} returns, as CloudWatch's GetLogEvents. */
    public static final int MAX_PAGE = 10_000;

    private final Path dataDir;
    private final LogLimits limits;
    private final ObjectMapper json = LogFile.mapper();
    private final ConcurrentMap<LogKey, FunctionLog> logs = new ConcurrentHashMap<>();
    private final LogFlusher flusher;
    private volatile boolean closed;

    public LogStore(Path dataDir) {
        this(dataDir, LogLimits.DEFAULTS);
    }

    public LogStore(Path dataDir, LogLimits limits) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.flusher = new LogFlusher(limits.flushInterval());
    }

    /**
     * Appends one event. A trailing line break is removed (each event is one line); a message
     * longer than {@link #MAX_MESSAGE_CHARS} is cut to that length.
     *
     * @param requestId the invocation the line belongs to, or null (e.g. during INIT)
     * @return the event as stored, with its sequence number
     */
    public LogEvent append(
            String accountId, String functionName, String streamName, String requestId, Instant timestamp,
            String message) {
        LogKey key = new LogKey(accountId, functionName);
        if (closed) {
            throw new IllegalStateException("Expected an open LogStore, found it closed; append before closing it");
        }
        Objects.requireNonNull(streamName, "streamName");
        Objects.requireNonNull(timestamp, "timestamp");
        String line = oneLine(Objects.requireNonNull(message, "message"));
        while (true) {
            FunctionLog log = log(key);
            LogEvent event = log.append(timestamp, streamName, requestId, line);
            if (event != null) {
                flusher.mark(log);
                return event;
            }
        }
    }

    /**
     * Up to {@code limit} events with a sequence above {@code cursor}, oldest first. Start with
     * cursor 0; continue with the page's {@link LogPage#nextCursor()}.
     */
    public LogPage read(String accountId, String functionName, long cursor, int limit) {
        LogKey key = new LogKey(accountId, functionName);
        if (cursor < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new ApiException(ErrorType.InvalidParameterValueException, "Expected cursor >= 0 and limit 1-"
                    + MAX_PAGE + ", found cursor " + cursor + " and limit " + limit
                    + "; start from cursor 0 and pass each page's nextCursor");
        }
        return log(key).read(cursor, limit);
    }

    /** Follows new events live; see {@link LogListener}. Close the result to stop. */
    public LogSubscription subscribe(String accountId, String functionName, LogListener listener) {
        return follow(new LogKey(accountId, functionName), null, listener);
    }

    /**
     * Replays the kept events after {@code cursor}, then follows new ones live, with nothing
     * repeated or lost in between; events after the cursor that are no longer kept are reported
     * to {@link LogListener#dropped} first.
     */
    public LogSubscription subscribe(String accountId, String functionName, long cursor, LogListener listener) {
        return follow(new LogKey(accountId, functionName), cursor, listener);
    }

    /**
     * The last {@code maxBytes} bytes (UTF-8) of one invocation's log (each line followed by a
     * line break), as Invoke returns in {@code X-Amz-Log-Result}; "" if nothing is kept for it.
     */
    public String tail(String accountId, String functionName, String requestId, int maxBytes) {
        LogKey key = new LogKey(accountId, functionName);
        Objects.requireNonNull(requestId, "requestId");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("Expected maxBytes >= 0, found " + maxBytes + "; Invoke uses 4096");
        }
        return log(key).tail(requestId, maxBytes);
    }

    /** Removes the function's events, file and subscriptions; its sequence numbers start over. */
    public void deleteFunction(String accountId, String functionName) {
        // inside the map's compute, so no append can reload the file before it is gone
        logs.computeIfPresent(new LogKey(accountId, functionName), (key, removed) -> {
            flusher.forget(removed);
            removed.delete();
            return null;
        });
    }

    /**
     * Writes buffered appends to the files now (also done periodically).
     *
     * @throws ApiException ServiceException if a file cannot be written; its events stay buffered
     *     and are tried again on the next flush
     */
    public void flush() {
        flusher.flush();
    }

    /** Stops the flusher, writes what is buffered, closes the files and ends all subscriptions. */
    @Override
    public void close() {
        closed = true;
        try {
            flusher.close();
        } finally {
            logs.values().forEach(FunctionLog::close);
        }
    }

    private LogSubscription follow(LogKey key, Long cursor, LogListener listener) {
        while (true) {
            LogSubscription subscription = log(key).subscribe(cursor, listener);
            if (subscription != null) {
                return subscription;
            }
        }
    }

    private FunctionLog log(LogKey key) {
        return logs.computeIfAbsent(
                key, k -> new FunctionLog(k.toString(), new LogFile(k.file(dataDir), json), limits));
    }

    private static String oneLine(String message) {
        int end = message.length();
        if (end > 0 && message.charAt(end - 1) == '\n') {
            end--;
            if (end > 0 && message.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return message.substring(0, Math.min(end, MAX_MESSAGE_CHARS));
    }
}
