package dojo.lambda.s3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Deletes superseded files (an overwritten object's old content and sidecar, a removal's
 * tombstone) on a background thread, in the order they were handed over. Unlinking a freshly
 * written file costs milliseconds on ext4; a PutObject should not wait for it. Files still
 * here after a crash are swept when their bucket's index is next loaded. The thread ends when
 * idle, so an engine that stops leaves none behind.
 */
final class Sweeper {
    private static final System.Logger LOG = System.getLogger(Sweeper.class.getName());
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "s3-sweeper");
        t.setDaemon(true);
        return t;
    });

    Sweeper() {
        thread.allowCoreThreadTimeOut(true);
    }

    /** Deletes {@code files} later, in this order, after everything handed over before. */
    void delete(List<Path> files) {
        thread.execute(() -> {
            for (Path p : files) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not delete superseded object file " + p
                            + "; it is removed the next time its bucket is loaded", e);
                }
            }
        });
    }
}
