package dojo.lambda.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Start-up archives of the runtime's classes, one per JDK: a class-data-sharing archive on JDK
 * 17-24 ({@code -XX:ArchiveClassesAtExit}) and an ahead-of-time cache on JDK 25+
 * ({@code -XX:AOTCacheOutput}, JEP 514). Each is trained once, in the background, by running the
 * runtime's training mode at the same class path the environments use ({@code /opt/dojo/...});
 * until it exists, environments start without one. They cut the JVM's part of a cold start.
 */
public final class StartupArchives {
    static final String MOUNT = "/opt/dojo-cds";

    private final Path dir;
    private final Path runtimeDir;
    private final Map<Path, Boolean> training = new ConcurrentHashMap<>();

    public StartupArchives(Path dir, Path runtimeDir) throws IOException {
        this.dir = Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        this.runtimeDir = runtimeDir;
    }

    Path dir() {
        return dir;
    }

    /**
     * The JVM flags that use the archive of {@code jdkHome}, or none yet (then training starts in
     * the background). {@code jvmFlags} are the environment's own flags, which training repeats.
     */
    public List<String> flags(Path jdkHome, int featureVersion, List<String> jvmFlags) {
        String name = name(jdkHome, featureVersion);
        Path archive = dir.resolve(name);
        if (Files.exists(archive)) {
            return List.of(featureVersion >= 25 ? "-XX:AOTCache=" + MOUNT + "/" + name
                    : "-XX:SharedArchiveFile=" + MOUNT + "/" + name);
        }
        if (training.putIfAbsent(archive, Boolean.TRUE) == null) {
            Thread t = new Thread(() -> train(jdkHome, featureVersion, jvmFlags, archive), "train-" + name);
            t.setDaemon(true);
            t.start();
        }
        return List.of();
    }

    private static String name(Path jdkHome, int featureVersion) {
        String jdk = jdkHome.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return jdk + (featureVersion >= 25 ? ".aot" : ".jsa");
    }

    private void train(Path jdkHome, int featureVersion, List<String> jvmFlags, Path archive) {
        String tmpName = archive.getFileName() + ".training";
        List<String> cmd = new ArrayList<>(List.of("bwrap", "--unshare-pid", "--unshare-net", "--die-with-parent",
                "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib",
                "--symlink", "usr/lib64", "/lib64", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
                "--perms", "0755", "--dir", "/opt",
                "--ro-bind", runtimeDir.toString(), SandboxLayout.RUNTIME_DIR, "--bind", dir.toString(), MOUNT));
        for (String etc : SandboxEtc.hostDirs()) {
            cmd.addAll(List.of("--ro-bind", etc, etc));
        }
        if (!jdkHome.startsWith("/usr/")) {
            cmd.addAll(List.of("--ro-bind", jdkHome.toString(), jdkHome.toString()));
        }
        cmd.add(jdkHome.resolve("bin/java").toString());
        jvmFlags.stream().filter(f -> featureVersion < 25 || !f.startsWith("-Xshare")).forEach(cmd::add);
        cmd.add(featureVersion >= 25 ? "-XX:AOTCacheOutput=" + MOUNT + "/" + tmpName
                : "-XX:ArchiveClassesAtExit=" + MOUNT + "/" + tmpName);
        cmd.addAll(List.of("-cp", SandboxLayout.RUNTIME_DIR + "/mini-lambda-runtime.jar", "dojo.lambda.runtime.RuntimeMain",
                "--cds-training"));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Path tmp = dir.resolve(tmpName);
            if (p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(tmp)) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
                Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                System.err.println("mini-lambda: start-up archive for " + jdkHome + " could not be built; environments start "
                        + "without it. " + out.lines().limit(5).reduce("", (a, b) -> a + " " + b));
            }
        } catch (IOException e) {
            System.err.println("mini-lambda: start-up archive for " + jdkHome + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
