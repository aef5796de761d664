package dojo.lambda.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An engine's run directory ({@code <tmp>/mlx...}): sockets, environments' scratch disks and
 * output. It names its engine in {@code engine.pid}, so that the next engine to start removes
 * the directories of engines that were killed without closing, with the /tmp disks still
 * mounted on loop devices inside them (a loop device is a host resource that never comes back
 * on its own).
 */
public final class RunDirectory {
    static final String PREFIX = "mlx";
    static final String PID_FILE = "engine.pid";

    private RunDirectory() {
    }

    /** Removes orphaned run directories under {@code parent}, then makes this engine's. */
    public static Path create(Path parent) throws IOException {
        reapOrphans(parent);
        Path dir = Files.createTempDirectory(parent, PREFIX);
        Files.writeString(dir.resolve(PID_FILE), Long.toString(ProcessHandle.current().pid()));
        return dir;
    }

    /** The run directories under {@code parent} whose engine is gone, unmounted and deleted. */
    static List<Path> reapOrphans(Path parent) throws IOException {
        List<Path> reaped = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(parent)) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                if (dir.getFileName().toString().startsWith(PREFIX) && isOrphan(dir)) {
                    try {
                        if (unmountAllUnder(dir)) {
                            deleteTree(dir);
                            reaped.add(dir);
                        }
                    } catch (IOException e) {
                        // another engine is reaping it, or it is not ours to remove: never fail a start for it
                    }
                }
            }
        }
        return reaped;
    }

    private static boolean isOrphan(Path dir) {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve(PID_FILE)).trim());
            return ProcessHandle.of(pid).isEmpty();
        } catch (IOException | NumberFormatException e) {
            return false; // not ours, or an engine still starting: leave it alone
        }
    }

    /** Lazily unmounts every mount below {@code dir}, deepest first; false if one stays. */
    private static boolean unmountAllUnder(Path dir) throws IOException {
        String prefix = dir.toAbsolutePath().normalize() + "/";
        List<String> mounts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"), StandardCharsets.UTF_8)) {
            String[] fields = line.split(" ");
            // mountinfo escapes spaces as \040; our paths have none
            if (fields.length > 4 && fields[4].startsWith(prefix)) {
                mounts.add(fields[4]);
            }
        }
        mounts.sort(Comparator.comparingInt(String::length).reversed());
        for (String mount : mounts) {
            if (!umount(mount)) {
                return false;
            }
        }
        return true;
    }

    private static boolean umount(String mount) {
        try {
            Process p = new ProcessBuilder("umount", "-l", mount).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
