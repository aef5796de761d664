package dojo.lambda.env;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Scratch disks made ahead of cold starts. Making one (mkfs, then mounting a loop device) takes
 * 50-500 ms on a busy host, most of a cold start; so after each cold start one fresh, empty disk
 * of the same size is made in the background for the next. A disk is used by one environment
 * only and never reused: each is a new file system, so nothing passes between environments.
 *
 * <p>Thread-safe. The pool that owns it closes it, which unmounts the spares left.
 */
final class ScratchSpares implements AutoCloseable {
    private final Path dir;
    private final Map<Integer, ScratchDisk> ready = new HashMap<>();
    private final Set<Integer> making = new HashSet<>();
    private final ExecutorService maker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scratch-disks");
        t.setDaemon(true);
        return t;
    });
    private boolean closed;

    ScratchSpares(Path dir) {
        this.dir = dir;
    }

    /** A fresh disk of {@code sizeMb}: the spare if one is ready, else one made now; a spare for the next is begun. */
    ScratchDisk take(int sizeMb) throws IOException {
        ScratchDisk disk;
        synchronized (this) {
            disk = ready.remove(sizeMb);
        }
        replenish(sizeMb);
        return disk != null ? disk : ScratchDisk.create(newDir(), sizeMb);
    }

    private void replenish(int sizeMb) {
        synchronized (this) {
            if (closed || ready.containsKey(sizeMb) || !making.add(sizeMb)) {
                return;
            }
        }
        maker.execute(() -> {
            ScratchDisk disk = null;
            try {
                disk = ScratchDisk.create(newDir(), sizeMb);
            } catch (IOException e) {
                // the next cold start of this size makes its own disk, as without spares
            }
            synchronized (this) {
                making.remove(sizeMb);
                if (disk != null && !closed && !ready.containsKey(sizeMb)) {
                    ready.put(sizeMb, disk);
                    disk = null;
                }
            }
            if (disk != null) {
                disk.close();
            }
        });
    }

    private Path newDir() {
        byte[] id = new byte[8];
        ThreadLocalRandom.current().nextBytes(id);
        return dir.resolve("spare-" + HexFormat.of().formatHex(id));
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        maker.shutdownNow();
        try {
            maker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            ready.values().forEach(ScratchDisk::close);
            ready.clear();
        }
    }
}
