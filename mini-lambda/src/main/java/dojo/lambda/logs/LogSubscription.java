package dojo.lambda.logs;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * One live listener of a function's log (see {@link LogStore#subscribe}): a bounded queue filled
 * by appends and drained by the subscription's own daemon thread, so a slow listener never
 * blocks an invocation. When the queue is full, events are dropped and counted; the count reaches
 * the listener, in place, before the next event that fits. A listener that throws is
 * unsubscribed. The subscriber closes it; closing twice is harmless.
 */
public final class LogSubscription implements AutoCloseable {
    /** A gap of {@code count} dropped events, delivered in order with the events. */
    private record Gap(long count) {}

    private final BlockingQueue<Object> queue;
    private final LogListener listener;
    private final Consumer<LogSubscription> unsubscribe;
    private final Thread delivery;
    private long pendingDrops;
    private volatile boolean closed;

    LogSubscription(String name, int capacity, LogListener listener, Consumer<LogSubscription> unsubscribe) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.listener = listener;
        this.unsubscribe = unsubscribe;
        this.delivery = new Thread(this::deliver, name);
        delivery.setDaemon(true);
    }

    void start() {
        delivery.start();
    }

    /** Called by the one appending thread at a time (under its function's lock); never blocks. */
    void offer(LogEvent event) {
        if (closed) {
            return;
        }
        if (pendingDrops > 0) {
            if (!queue.offer(new Gap(pendingDrops))) {
                pendingDrops++;
                return;
            }
            pendingDrops = 0;
        }
        if (!queue.offer(event)) {
            pendingDrops++;
        }
    }

    /** Counts {@code count} events missed before the next offered one. */
    void gap(long count) {
        pendingDrops += count;
    }

    /** Stops delivery; events still queued are discarded. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        unsubscribe.accept(this);
        delivery.interrupt();
    }

    /** Stops delivery without unsubscribing; for a store that drops all its subscribers at once. */
    void stop() {
        closed = true;
        delivery.interrupt();
    }

    private void deliver() {
        try {
            while (!closed) {
                Object next = queue.take();
                if (closed) {
                    return;
                }
                if (next instanceof Gap gap) {
                    listener.dropped(gap.count());
                } else {
                    listener.event((LogEvent) next);
                }
            }
        } catch (InterruptedException e) {
            // closed: the thread ends
        } catch (RuntimeException e) {
            close();
        }
    }
}
