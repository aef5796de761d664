package dojo.lambda.logs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(LogStore.class);
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Path dataDir;
    private final LogLimits limits;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ConcurrentMap<String, FunctionLog> logs = new ConcurrentHashMap<>();
    private final Set<FunctionLog> unflushed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService flusher;
    private volatile boolean closed;

    public LogStore(Path dataDir) {
        this(dataDir, LogLimits.DEFAULTS);
    }

    public LogStore(Path dataDir, LogLimits limits) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "log-flusher");
            thread.setDaemon(true);
            return thread;
        });
        long everyMs = Math.max(1, limits.flushInterval().toMillis());
        flusher.scheduleWithFixedDelay(this::flushQuietly, everyMs, everyMs, TimeUnit.MILLISECONDS);
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
        String key = key(accountId, functionName);
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
                unflushed.add(log);
                return event;
            }
        }
    }

    /**
     * Up to {@code limit} events with a sequence above {@code cursor}, oldest first. Start with
     * cursor 0; continue with the page's {@link LogPage#nextCursor()}.
     */
    public LogPage read(String accountId, String functionName, long cursor, int limit) {
        String key = key(accountId, functionName);
        if (cursor < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new ApiException(ErrorType.InvalidParameterValueException, "Expected cursor >= 0 and limit 1-"
                    + MAX_PAGE + ", found cursor " + cursor + " and limit " + limit
                    + "; start from cursor 0 and pass each page's nextCursor");
        }
        return log(key).read(cursor, limit);
    }

    /** Follows new events live; see {@link LogListener}. Close the result to stop. */
    public AutoCloseable subscribe(String accountId, String functionName, LogListener listener) {
        return follow(key(accountId, functionName), null, listener);
    }

    /** Replays the kept events after {@code cursor}, then follows new ones live, with no gap or repeat. */
    public AutoCloseable subscribe(String accountId, String functionName, long cursor, LogListener listener) {
        return follow(key(accountId, functionName), cursor, listener);
    }

    /**
     * The last {@code maxBytes} bytes (UTF-8) of one invocation's log (each line followed by a
     * line break), as Invoke returns in {@code X-Amz-Log-Result}; "" if nothing is kept for it.
     */
    public String tail(String accountId, String functionName, String requestId, int maxBytes) {
        String key = key(accountId, functionName);
        Objects.requireNonNull(requestId, "requestId");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("Expected maxBytes >= 0, found " + maxBytes + "; Invoke uses 4096");
        }
        return log(key).tail(requestId, maxBytes);
    }

    /** Removes the function's events, file and subscriptions; its sequence numbers start over. */
    public void deleteFunction(String accountId, String functionName) {
        FunctionLog removed = logs.remove(key(accountId, functionName));
        if (removed != null) {
            unflushed.remove(removed);
            removed.delete();
        }
    }

    /**
     * Writes buffered appends to the files now (also done periodically).
     *
     * @throws ApiException ServiceException if a file cannot be written; its events stay buffered
     *     and are tried again on the next flush
     */
    public void flush() {
        ApiException failure = null;
        for (FunctionLog log : unflushed) {
            unflushed.remove(log);
            try {
                log.flush();
            } catch (ApiException e) {
                unflushed.add(log);
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the flusher, writes what is buffered, closes the files and ends all subscriptions. */
    @Override
    public void close() {
        closed = true;
        flusher.shutdownNow();
        try {
            flusher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            flush();
        } finally {
            logs.values().forEach(FunctionLog::close);
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // a full or read-only disk must not stop the flusher; the next run tries again
            LOG.warn("Could not flush function logs, will retry: {}", e.getMessage());
        }
    }

    private AutoCloseable follow(String key, Long cursor, LogListener listener) {
        while (true) {
            LogSubscription subscription = log(key).subscribe(cursor, listener);
            if (subscription != null) {
                return subscription;
            }
        }
    }

    private FunctionLog log(String key) {
        return logs.computeIfAbsent(key, k -> new FunctionLog(
                k, new LogFile(dataDir.resolve("accounts").resolve(k.replace("/", "/logs/") + ".log"), json), limits));
    }

    /** "account/function", both checked, so the key is also a safe relative path. */
    private static String key(String accountId, String functionName) {
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            throw new ApiException(ErrorType.InvalidParameterValueException,
                    "Expected a 12-digit account id, found '" + accountId + "'; pass the function's accountId");
        }
        if (functionName == null || !FUNCTION_NAME.matcher(functionName).matches()) {
            throw new ApiException(ErrorType.InvalidParameterValueException, "Expected a function name of 1-64"
                    + " letters, digits, '-' or '_', found '" + functionName + "'; pass the function's name");
        }
        return accountId + "/" + functionName;
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
