package dojo.lambda.logs;

import dojo.lambda.api.ApiException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the buffered appends of the function logs marked since the last run, on one daemon
 * thread every interval, so that appending never waits for a disk write.
 */
final class LogFlusher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LogFlusher.class);

    private final Set<FunctionLog> unflushed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;

    LogFlusher(Duration every) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "log-flusher");
            thread.setDaemon(true);
            return thread;
        });
        long everyMs = Math.max(1, every.toMillis());
        timer.scheduleWithFixedDelay(this::flushQuietly, everyMs, everyMs, TimeUnit.MILLISECONDS);
    }

    void mark(FunctionLog log) {
        unflushed.add(log);
    }

    void forget(FunctionLog log) {
        unflushed.remove(log);
    }

    /** Flushes every marked log; one that fails stays marked and the first failure is thrown. */
    void flush() {
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

    /** Stops the timer, then flushes once more. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // a full or read-only disk must not stop the timer; the next run tries again
            LOG.warn("Could not flush function logs, will retry: {}", e.getMessage());
        }
    }
}
