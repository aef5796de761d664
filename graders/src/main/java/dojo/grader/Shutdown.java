package dojo.grader;

import java.time.Duration;

/**
 * Closes an engine without letting a stuck environment hold the grader: the close runs on its
 * own thread and is abandoned (the process's exit then ends the environments) after a bound.
 */
final class Shutdown {
    private Shutdown() {}

    /** True when {@code resource} closed within {@code limit}. */
    static boolean within(AutoCloseable resource, Duration limit) {
        Thread closer = new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                // closing anyway; nothing more to do
            }
        }, "close-" + resource.getClass().getSimpleName());
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(limit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !closer.isAlive();
    }
}
