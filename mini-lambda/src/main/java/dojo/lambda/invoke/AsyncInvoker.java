package dojo.lambda.invoke;

import dojo.lambda.api.ApiException;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.function.FunctionRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lambda's asynchronous invocation: events wait in an internal queue; a function error is retried
 * (by default twice, after {@code retryDelays}); a throttled event waits and is tried again; an
 * event older than its maximum age is given up. Whatever happens last is sent to the function's
 * on-success or on-failure destination as AWS's invocation record. Thread-safe.
 */
public final class AsyncInvoker implements AutoCloseable {
    private static final Duration THROTTLE_BACKOFF = Duration.ofSeconds(1);

    private final FunctionRegistry functions;
    private final Invoker invoker;
    private final InstantSource clock;
    private final List<Duration> retryDelays;
    private final DestinationRouter destinations;
    private final Map<String, EventInvokeConfig> configs = new ConcurrentHashMap<>();
    private final DelayQueue<Pending> queue = new DelayQueue<>();
    private final ExecutorService workers;
    private volatile boolean closed;

    public AsyncInvoker(FunctionRegistry functions, Invoker invoker, InstantSource clock, List<Duration> retryDelays,
            DestinationRouter destinations, int workerCount) {
        this.functions = functions;
        this.invoker = invoker;
        this.clock = clock;
        this.retryDelays = List.copyOf(retryDelays);
        this.destinations = destinations;
        this.workers = Executors.newFixedThreadPool(workerCount, r -> {
            Thread t = new Thread(r, "async-invoker");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < workerCount; i++) {
            workers.submit(this::work);
        }
    }

    public void configure(String accountId, String functionName, EventInvokeConfig config) {
        configs.put(accountId + "/" + functionName, config);
    }

    public EventInvokeConfig config(String accountId, String functionName) {
        return configs.getOrDefault(accountId + "/" + functionName, EventInvokeConfig.DEFAULT);
    }

    /** Queues an event; returns its request id (AWS's 202 response). */
    public String submit(String accountId, String functionName, byte[] payload) {
        return submit(accountId, functionName, payload, null);
    }

    /**
     * Queues an event whose invocations carry {@code traceId} as their X-Ray trace header (null
     * for a new trace each attempt); see {@link Invoker#invoke(DeployedFunction, byte[], String, boolean, String)}.
     */
    public String submit(String accountId, String functionName, byte[] payload, String traceId) {
        String requestId = java.util.UUID.randomUUID().toString();
        queue.add(new Pending(accountId, functionName, requestId, payload, traceId, clock.instant(), 0, System.nanoTime()));
        return requestId;
    }

    private void work() {
        while (!closed) {
            Pending p;
            try {
                p = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (p != null) {
                try {
                    attempt(p);
                } catch (RuntimeException e) {
                    // a deleted function or a platform fault: the event is dropped, as AWS drops events
                    // of deleted functions
                }
            }
        }
    }

    private void attempt(Pending p) {
        EventInvokeConfig cfg = config(p.accountId, p.functionName);
        DeployedFunction fn = functions.get(p.accountId, p.functionName);
        if (Duration.between(p.firstSeen, clock.instant()).getSeconds() > cfg.maximumEventAgeSeconds()) {
            finish(p, fn, cfg, "EventAgeExceeded", null);
            return;
        }
        InvokeResult r;
        try {
            r = invoker.invoke(fn, p.payload, null, false, p.traceId);
        } catch (ApiException throttled) {
            queue.add(p.later(THROTTLE_BACKOFF, p.attempts));
            return;
        }
        int attempts = p.attempts + 1;
        if (!r.outcome().isFunctionError()) {
            finish(p, fn, cfg, "Success", r);
        } else if (attempts <= cfg.maximumRetryAttempts()) {
            queue.add(p.later(retryDelays.get(Math.min(attempts - 1, retryDelays.size() - 1)), attempts));
        } else {
            finish(p.later(Duration.ZERO, attempts), fn, cfg, "RetriesExhausted", r);
        }
    }

    private void finish(Pending p, DeployedFunction fn, EventInvokeConfig cfg, String condition, InvokeResult r) {
        String target = condition.equals("Success") ? cfg.onSuccess() : cfg.onFailure();
        if (target == null) {
            return;
        }
        byte[] record = InvocationRecord.json(fn.config().arn(), p.requestId, condition, Math.max(1, p.attempts),
                clock.instant(), p.payload, r);
        destinations.deliver(p.accountId, target, record);
    }

    @Override
    public void close() {
        closed = true;
        workers.shutdownNow();
    }

    private static final class Pending implements Delayed {
        final String accountId;
        final String functionName;
        final String requestId;
        final byte[] payload;
        final String traceId;
        final Instant firstSeen;
        final int attempts;
        final long dueNanos;

        Pending(String accountId, String functionName, String requestId, byte[] payload, String traceId, Instant firstSeen,
                int attempts, long dueNanos) {
            this.accountId = accountId;
            this.functionName = functionName;
            this.requestId = requestId;
            this.payload = payload;
            this.traceId = traceId;
            this.firstSeen = firstSeen;
            this.attempts = attempts;
            this.dueNanos = dueNanos;
        }

        Pending later(Duration delay, int attemptsSoFar) {
            return new Pending(accountId, functionName, requestId, payload, traceId, firstSeen, attemptsSoFar,
                    System.nanoTime() + delay.toNanos());
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(dueNanos, ((Pending) o).dueNanos);
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
