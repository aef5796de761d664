package dojo.grader.api;

import dojo.lambda.billing.UsageRecord;
import dojo.lambda.function.ConfigurationPatch;
import dojo.lambda.function.DeployedFunction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The submission deployed as one function with fixed settings. Invocations are synchronous
 * (RequestResponse); each one is kept as evidence of the check that made it. Thread-safe.
 */
public final class Deployment {
    private final GradingRun run;
    private final Settings settings;
    private volatile DeployedFunction function;
    private int recycles;

    Deployment(GradingRun run, DeployedFunction function, Settings settings) {
        this.run = run;
        this.function = function;
        this.settings = settings;
    }

    public String name() {
        return function.config().name();
    }

    public Settings settings() {
        return settings;
    }

    /** Invokes with {@code event} (JSON text) and waits for the result. */
    public Invocation invoke(String event) {
        return run.invoke(function, event);
    }

    /** Invokes with all events at the same moment (at most 8), one thread each; results in the events' order. */
    public List<Invocation> invokeConcurrently(List<String> events) {
        if (events.size() > 8) {
            throw new IllegalArgumentException("Expected at most 8 events to invoke at once, found " + events.size());
        }
        ExecutorService threads = run.invokers();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Invocation>> futures = new ArrayList<>();
            for (String event : events) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return invoke(event);
                }));
            }
            start.countDown();
            List<Invocation> results = new ArrayList<>();
            for (Future<Invocation> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while invoking concurrently", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Retires every warm environment of this function (as a configuration update does), so the
     * next invocation is a cold start in a new environment.
     */
    public synchronized void recycle() {
        recycles++;
        function = run.engine().functions().updateConfiguration(function.config().accountId(), name(),
                ConfigurationPatch.NONE.withDescription("recycled " + recycles + " times by the grader"));
    }

    /** This function's metered usage so far. */
    public Usage usage() {
        List<UsageRecord> records = run.engine().billing().usage(function.config().accountId(), name(), Instant.EPOCH,
                run.clock().instant().plusSeconds(86_400));
        long billed = 0;
        int cold = 0;
        BigDecimal gbs = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (UsageRecord r : records) {
            billed += r.billedMs();
            cold += r.coldStart() ? 1 : 0;
            gbs = gbs.add(r.gbSeconds());
            cost = cost.add(r.cost());
        }
        return new Usage(records.size(), cold, billed, gbs, cost);
    }
}
