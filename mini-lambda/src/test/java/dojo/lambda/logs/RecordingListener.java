package dojo.lambda.logs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Records what a subscription delivers ("#3" for event 3, "dropped 7"); can hold its first delivery. */
final class RecordingListener implements LogListener {
    private final List<String> received = new ArrayList<>();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release;

    RecordingListener() {
        this(false);
    }

    /** With {@code holdFirst}, the first delivery blocks until {@link #release()}. */
    RecordingListener(boolean holdFirst) {
        release = new CountDownLatch(holdFirst ? 1 : 0);
    }

    @Override
    public void event(LogEvent event) {
        entered.countDown();
        await(release);
        record("#" + event.sequence());
    }

    @Override
    public void dropped(long count) {
        record("dropped " + count);
    }

    void release() {
        release.countDown();
    }

    void awaitEntered() {
        await(entered);
    }

    /** Waits up to 5 s until {@code count} deliveries arrived, then returns all of them. */
    List<String> await(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        synchronized (received) {
            while (received.size() < count && System.nanoTime() < deadline) {
                try {
                    received.wait(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return List.copyOf(received);
        }
    }

    private void record(String delivery) {
        synchronized (received) {
            received.add(delivery);
            received.notifyAll();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Expected the test to release the listener within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
