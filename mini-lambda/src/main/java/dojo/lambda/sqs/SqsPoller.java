package dojo.lambda.sqs;

import dojo.lambda.Engine;
import dojo.lambda.api.ApiException;
import dojo.lambda.esm.EventSourceMapping;
import dojo.lambda.esm.Poller;
import dojo.lambda.function.DeployedFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lambda's poller for one queue mapping. Lanes (threads) each long-poll the queue, gather a batch
 * (BatchSize, MaximumBatchingWindowInSeconds, at most about 6 MB), invoke the function
 * synchronously and delete what succeeded; failed messages stay hidden until their visibility
 * timeout ends and then come back with a higher receive count (the queue's redrive policy
 * dead-letters them after maxReceiveCount). It starts with five lanes as AWS does, adds one at
 * most every 200 ms while full batches keep coming and messages are waiting, up to
 * ScalingConfig.MaximumConcurrency and the function's reserved concurrency; a throttled lane
 * backs off and then retires, an idle lane beyond the first five retires.
 */
final class SqsPoller implements Poller {
    private static final int INITIAL_LANES = 5;
    private static final long GROWTH_INTERVAL_MILLIS = 200;
    private static final long MAX_BATCH_BYTES = 5L * 1024 * 1024;

    private final EventSourceMapping mapping;
    private final QueueAddress address;
    private final Queues queues;
    private final Engine engine;
    private final Set<CompletableFuture<List<Delivery>>> waits = ConcurrentHashMap.newKeySet();
    private final AtomicInteger lanes = new AtomicInteger();
    private final AtomicInteger laneNumbers = new AtomicInteger();
    private volatile boolean closed;
    private volatile long lastGrowth;
    private volatile long lastThrottle;
    private volatile String lastResult = "No records processed";

    private SqsPoller(EventSourceMapping mapping, Queues queues, Engine engine) {
        this.mapping = mapping;
        this.address = QueueAddress.fromArn(mapping.eventSourceArn());
        this.queues = queues;
        this.engine = engine;
    }

    static SqsPoller start(EventSourceMapping mapping, Queues queues, Engine engine) {
        SqsPoller p = new SqsPoller(mapping, queues, engine);
        for (int i = Math.min(INITIAL_LANES, p.cap()); i > 0; i--) {
            p.addLane();
        }
        return p;
    }

    private void addLane() {
        lanes.incrementAndGet();
        Thread t = new Thread(this::run, "sqs-poller-" + mapping.uuid().substring(0, 8) + "-" + laneNumbers.incrementAndGet());
        t.setDaemon(true);
        t.start();
    }

    private void run() {
        try {
            while (!closed) {
                int keep = cycle();
                if (keep > 0 && retire(keep)) {
                    return;
                }
            }
            lanes.decrementAndGet();
        } catch (InterruptedException e) {
            lanes.decrementAndGet();
            Thread.currentThread().interrupt();
        }
    }

    /** One batch, start to end; answers how many lanes to keep if this one may retire, or 0. */
    private int cycle() throws InterruptedException {
        try {
            Queue q = queues.find(address);
            DeployedFunction fn = function();
            if (q == null || fn == null) {
                lastResult = q == null ? "PROBLEM: The queue does not exist" : "PROBLEM: Function not found";
                Thread.sleep(1000);
                return 0;
            }
            List<Delivery> batch = collect(q);
            if (closed) {
                return 0;
            }
            if (batch.isEmpty()) {
                return INITIAL_LANES;
            }
            grow(q, batch);
            BatchDelivery.Result r = BatchDelivery.run(engine, mapping, fn, q, batch, () -> closed);
            lastResult = r.processingResult();
            if (r.throttled()) {
                lastThrottle = System.currentTimeMillis();
            }
            return r.throttled() ? 1 : 0;
        } catch (RuntimeException e) {
            lastResult = "PROBLEM: " + e.getMessage();
            Thread.sleep(1000);
            return 0;
        }
    }

    private List<Delivery> collect(Queue q) throws InterruptedException {
        int size = mapping.settings().batchSize();
        long window = mapping.settings().maximumBatchingWindowInSeconds() * 1000L;
        List<Delivery> batch = new ArrayList<>();
        long bytes = 0;
        long windowEnd = Long.MAX_VALUE;
        while (!closed && batch.size() < size && MAX_BATCH_BYTES - bytes > q.attributes().maximumMessageSize()) {
            long wait = batch.isEmpty() ? 20_000 : window == 0 ? 0 : windowEnd - System.currentTimeMillis();
            if (!batch.isEmpty() && wait < 0) {
                break;
            }
            List<Delivery> got = await(q.receive(Math.min(10, size - batch.size()), null, wait));
            if (got.isEmpty() && !batch.isEmpty()) {
                break;
            }
            if (batch.isEmpty()) {
                windowEnd = System.currentTimeMillis() + window;
            }
            batch.addAll(got);
            bytes += got.stream().mapToLong(d -> d.content().size()).sum();
        }
        return batch;
    }

    private List<Delivery> await(CompletableFuture<List<Delivery>> f) throws InterruptedException {
        waits.add(f);
        try {
            return closed ? List.of() : f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("receiving from " + address.name() + " failed: " + e.getCause(), e.getCause());
        } finally {
            waits.remove(f);
        }
    }

    private synchronized void grow(Queue q, List<Delivery> batch) {
        long now = System.currentTimeMillis();
        if (batch.size() >= Math.min(10, mapping.settings().batchSize()) && now - lastGrowth >= GROWTH_INTERVAL_MILLIS
                && now - lastThrottle >= 1000 && lanes.get() < cap() && q.counts().visible() > 0) {
            lastGrowth = now;
            addLane();
        }
    }

    private DeployedFunction function() {
        try {
            return engine.functions().get(mapping.accountId(), mapping.functionArn());
        } catch (ApiException e) {
            return null;
        }
    }

    private int cap() {
        int cap = mapping.settings().maximumConcurrency() == null ? 1000 : mapping.settings().maximumConcurrency();
        DeployedFunction fn = function();
        if (fn != null && fn.reservedConcurrency() != null) {
            cap = Math.min(cap, fn.reservedConcurrency());
        }
        return Math.max(1, Math.min(cap, engine.limiter().accountLimit()));
    }

    private boolean retire(int keep) {
        for (int n = lanes.get(); n > keep; n = lanes.get()) {
            if (lanes.compareAndSet(n, n - 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String lastProcessingResult() {
        return lastResult;
    }

    @Override
    public void close() {
        closed = true;
        waits.forEach(f -> f.complete(List.of()));
    }
}
