package dojo.lambda.env;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An environment's {@code /tmp}: a file system of exactly the function's ephemeral storage size
 * (an ext4 image on a loop device), so the kernel enforces the size and, as on AWS, files in
 * /tmp do not count against the function's memory (a tmpfs would). Hosts that cannot mount loop
 * devices fall back to a size-capped tmpfs inside the sandbox (see {@link #available}).
 */
final class ScratchDisk implements AutoCloseable {
    private static volatile Boolean available;

    final Path mountPoint;
    private final Path image;

    private ScratchDisk(Path mountPoint, Path image) {
        this.mountPoint = mountPoint;
        this.image = image;
    }

    /** True when this host lets the engine make and mount file system images (root, loop devices). */
    static boolean available(Path workDir) {
        Boolean a = available;
        if (a == null) {
            try (ScratchDisk probe = create(workDir.resolve("probe-" + ProcessHandle.current().pid()), 8)) {
                a = true;
            } catch (IOException e) {
                a = false;
            }
            available = a;
        }
        return a;
    }

    static ScratchDisk create(Path dir, int sizeMb) throws IOException {
        Files.createDirectories(dir);
        Path image = dir.resolve("tmp.img");
        Path mount = Files.createDirectories(dir.resolve("tmp"));
        try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
            f.setLength(sizeMb * 1024L * 1024L);
        }
        run(List.of("mkfs.ext4", "-q", "-F", "-m", "0", "-O", "^has_journal", "-E",
                "lazy_itable_init=1,root_owner=" + SandboxLayout.SANDBOX_UID + ":" + SandboxLayout.SANDBOX_UID, image.toString()));
        run(List.of("mount", "-o", "loop,nosuid,nodev", image.toString(), mount.toString()));
        ScratchDisk disk = new ScratchDisk(mount, image);
        try {
            Files.deleteIfExists(mount.resolve("lost+found"));
        } catch (IOException ignored) {
            // an empty lost+found is harmless
        }
        return disk;
    }

    @Override
    public void close() {
        try {
            run(List.of("umount", "-l", mountPoint.toString()));
        } catch (IOException ignored) {
            // not mounted
        }
        try {
            Files.deleteIfExists(image);
            Files.deleteIfExists(mountPoint);
            Files.deleteIfExists(image.getParent()); // a spare's own directory
        } catch (IOException ignored) {
            // scratch space, removed with the run directory
        }
    }

    private static void run(List<String> command) throws IOException {
        List<String> cmd = new ArrayList<>(command);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
    }
}
