package dojo.lambda.dynamodb;

import dojo.lambda.Engine;
import dojo.lambda.esm.EventSourceMapping;
import dojo.lambda.esm.MappingSettings;
import dojo.lambda.esm.Poller;
import java.math.BigInteger;
import java.time.InstantSource;
import java.util.List;

/**
 * Lambda's poller for one table stream mapping: one thread reads the stream's shard in sequence
 * order from the mapping's stored position, gathers a batch (BatchSize, MaximumBatchingWindowInSeconds,
 * at most about 5 MB of event) and hands it to a {@link ShardDelivery}, which blocks the shard until
 * the batch is done; the position is saved after every step so it survives a restart.
 */
final class StreamPoller implements Poller {
    private static final int MAX_EVENT_BYTES = 5 * 1024 * 1024;

    private record Read(ChangeStream.Info info, List<StreamRecord> records) {}

    private final EventSourceMapping mapping;
    private final AccountTables account;
    private final StreamSignal signal;
    private final StreamCheckpoint checkpoint;
    private final ShardDelivery delivery;
    private final Object pauses = new Object();
    private volatile boolean closed;
    private volatile BigInteger position;
    private volatile String lastResult = "No records processed";
    private volatile ChangeStream.Info info;
    private volatile Thread thread;

    private StreamPoller(EventSourceMapping mapping, DynamoDbService service, Engine engine, InstantSource clock) {
        this.mapping = mapping;
        this.account = service.account(mapping.accountId());
        this.signal = service.signal();
        this.checkpoint = new StreamCheckpoint(engine.dataDir(), mapping.accountId(), mapping.uuid());
        var invocation = new StreamInvocation(engine, mapping, () -> info, this::report);
        MappingSettings s = mapping.settings();
        var rules = new ShardDelivery.Rules(s.maximumRetryAttempts(), s.maximumRecordAgeInSeconds(), s.bisectBatchOnFunctionError());
        var outlet = new StreamOutlet(engine, mapping, () -> info, clock, this::advance);
        this.delivery = new ShardDelivery(rules, invocation, outlet, clock, this::pause);
    }

    /**
     * Starts polling. {@code previous} is this mapping's poller before a change, or null: the new
     * one waits for its last batch to end and goes on from where it stopped, so an update never
     * runs two batches of one shard at once.
     */
    static StreamPoller start(EventSourceMapping mapping, DynamoDbService service, Engine engine, InstantSource clock,
            StreamPoller previous) {
        StreamPoller p = new StreamPoller(mapping, service, engine, clock);
        if (p.checkpoint.load() == null) {
            // LATEST is fixed when the mapping is created, so writes right after CreateEventSourceMapping are delivered
            p.checkpoint.save(mapping.settings().startingPosition().equals("LATEST")
                    ? p.account.locked(() -> p.account.sequence().add(BigInteger.ONE)) : BigInteger.ZERO);
        }
        p.thread = new Thread(() -> p.run(previous), "stream-poller-" + mapping.uuid().substring(0, 8));
        p.thread.setDaemon(true);
        p.thread.start();
        return p;
    }

    private void run(StreamPoller previous) {
        try {
            if (previous != null) {
                previous.thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        position = checkpoint.load();
        long windowEnd = 0;
        while (!closed) {
            try {
                long seen = signal.version();
                Read read = account.locked(() -> {
                    ChangeStream s = account.stream(mapping.eventSourceArn());
                    return s == null ? null : new Read(s.info(), s.read(position, mapping.settings().batchSize()));
                });
                if (read == null) {
                    lastResult = "PROBLEM: Stream not found: " + mapping.eventSourceArn();
                    signal.await(seen, 1000);
                    continue;
                }
                if (read.records().isEmpty()) {
                    signal.await(seen, 1000);
                    continue;
                }
                long window = mapping.settings().maximumBatchingWindowInSeconds() * 1000L;
                if (read.records().size() < mapping.settings().batchSize() && window > 0) {
                    windowEnd = windowEnd == 0 ? System.currentTimeMillis() + window : windowEnd;
                    long left = windowEnd - System.currentTimeMillis();
                    if (left > 0) {
                        signal.await(seen, left);
                        continue;
                    }
                }
                windowEnd = 0;
                int fit = StreamEventJson.fitting(read.records(), read.info().region(), MAX_EVENT_BYTES);
                info = read.info();
                delivery.deliver(read.records().subList(0, fit), () -> closed);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                lastResult = "PROBLEM: " + e.getMessage();
                pauseQuietly(1000);
            }
        }
    }

    /** Also after close: a batch that succeeded on the way out is done; a successor waits for this thread and goes on after it. */
    private void advance(BigInteger next) {
        position = next;
        checkpoint.save(next);
    }

    private void report(String result) {
        lastResult = result;
    }

    private void pause(long millis) throws InterruptedException {
        synchronized (pauses) {
            if (!closed) {
                pauses.wait(millis);
            }
        }
    }

    private void pauseQuietly(long millis) {
        try {
            pause(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Closed and its thread ended: nothing of it runs any more. */
    boolean finished() {
        return closed && !thread.isAlive();
    }

    @Override
    public String lastProcessingResult() {
        return lastResult;
    }

    @Override
    public void close() {
        closed = true;
        synchronized (pauses) {
            pauses.notifyAll();
        }
        signal.changed();
    }
}
