package dojo.lambda.sqs;

import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A queue's waiting receivers (ReceiveMessage with WaitTimeSeconds, and Lambda pollers). A
 * waiter is a future, not a thread: it completes when messages arrive, when delayed or in-flight
 * messages become visible (a timer wakes the queue then), or empty when its wait ends. Called
 * under the queue's lock, except for the timer, which goes through {@code wake}.
 */
final class LongPolls {
    interface Taker {
        List<Delivery> take(int max, Integer visibilitySeconds);
    }

    /** Threads shared by all queues: one timer and a few threads that complete waiters. Daemon threads. */
    static final class Timer implements AutoCloseable {
        final ScheduledExecutorService scheduler;
        final ExecutorService completer = Executors.newFixedThreadPool(2, daemon("sqs-receive"));

        Timer() {
            ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, daemon("sqs-timer"));
            s.setRemoveOnCancelPolicy(true);
            this.scheduler = s;
        }

        private static java.util.concurrent.ThreadFactory daemon(String name) {
            return r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            };
        }

        @Override
        public void close() {
            scheduler.shutdownNow();
            completer.shutdownNow();
        }
    }

    private record Waiter(int max, Integer visibilitySeconds, CompletableFuture<List<Delivery>> future) {}

    private final Timer timer;
    private final InstantSource clock;
    private final Taker taker;
    private final LongSupplier nextChange;
    private final Consumer<List<Delivery>> unclaimed;
    private final Runnable wake;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private long wakeAt = Long.MAX_VALUE;

    LongPolls(Timer timer, InstantSource clock, Taker taker, LongSupplier nextChange, Consumer<List<Delivery>> unclaimed,
            Runnable wake) {
        this.timer = timer;
        this.clock = clock;
        this.taker = taker;
        this.nextChange = nextChange;
        this.unclaimed = unclaimed;
        this.wake = wake;
    }

    CompletableFuture<List<Delivery>> add(int max, Integer visibilitySeconds, long waitMillis) {
        Waiter w = new Waiter(max, visibilitySeconds, new CompletableFuture<>());
        waiters.add(w);
        ScheduledFuture<?> end = timer.scheduler.schedule(() -> w.future.complete(List.of()), waitMillis, TimeUnit.MILLISECONDS);
        w.future.whenComplete((r, e) -> end.cancel(false));
        scheduleWake();
        return w.future;
    }

    /** Hands out messages to waiters in arrival order while there are messages for them. */
    void serve() {
        while (!waiters.isEmpty()) {
            Waiter w = waiters.peek();
            if (w.future.isDone()) {
                waiters.poll();
                continue;
            }
            List<Delivery> batch = taker.take(w.max, w.visibilitySeconds);
            if (batch.isEmpty()) {
                break;
            }
            waiters.poll();
            // completing runs the receiver's continuation: not on the sender's thread, not under the lock
            timer.completer.execute(() -> {
                if (!w.future.complete(batch)) {
                    unclaimed.accept(batch);
                }
            });
        }
        scheduleWake();
    }

    /** The timer fired: the queue calls {@link #serve} under its lock. */
    void woken() {
        wakeAt = Long.MAX_VALUE;
    }

    private void scheduleWake() {
        if (waiters.isEmpty()) {
            return;
        }
        long next = nextChange.getAsLong();
        if (next < wakeAt) {
            wakeAt = next;
            timer.scheduler.schedule(wake, Math.max(0, next - clock.millis()), TimeUnit.MILLISECONDS);
        }
    }

    void close() {
        waiters.forEach(w -> w.future.complete(List.of()));
        waiters.clear();
    }
}
