package dojo.course.cell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The command that starts one cell session's JVM. Under bubblewrap the JVM gets its own PID,
 * network (loopback only, nothing routed), IPC and UTS namespaces and a root filesystem made of
 * the system libraries and the JDK (read-only), the agent class at {@code /opt/cell} and a small
 * {@code /tmp}; nothing else of the host is visible. It then drops to an unprivileged user with no
 * capabilities. CPU seconds, open files and threads are capped by rlimits set before the sandbox
 * starts; the wall-clock limit per evaluation is enforced by {@link CellSession}.
 *
 * <p>{@code jvmOptions} are added to the cell JVM's command line (tests run cells under another
 * locale and time zone with them).
 *
 * <p>{@code sandboxed == false} runs the same JVM directly on the host; only for machines without
 * bubblewrap, and only when the operator asked for it.
 */
record CellSandbox(boolean sandboxed, Path bwrap, Path jdkHome, Path agentDir, CellLimits limits, List<String> jvmOptions) {

    static final String AGENT_DIR = "/opt/cell";
    static final String AGENT_CLASS = "dojo.course.cell.agent.CellAgent";
    /** A user of its own, so the thread cap counts only cell JVMs. */
    static final int CELL_UID = 65533;
    /** util-linux's prlimit sets the rlimits; POSIX sh's ulimit has no thread limit. */
    static final String PRLIMIT = "/usr/bin/prlimit";

    CellSandbox {
        Objects.requireNonNull(jdkHome, "jdkHome");
        Objects.requireNonNull(agentDir, "agentDir");
        Objects.requireNonNull(limits, "limits");
        jvmOptions = List.copyOf(jvmOptions);
        if (sandboxed) {
            Objects.requireNonNull(bwrap, "bwrap");
        }
    }

    List<String> command() {
        List<String> cmd = new ArrayList<>(List.of(PRLIMIT, "--cpu=" + limits.cpuSecondsPerSession(), "--nofile=256"));
        if (sandboxed) {
            cmd.add("--nproc=" + limits.threadsForAllSessions());
        }
        cmd.add("--");
        if (sandboxed) {
            cmd.addAll(bwrapArguments());
            cmd.addAll(List.of("/usr/bin/setpriv", "--reuid=" + CELL_UID, "--regid=" + CELL_UID, "--clear-groups",
                    "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"));
        }
        cmd.add(jdkHome.resolve("bin/java").toString());
        cmd.addAll(List.of(
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ActiveProcessorCount=1", "-XX:-UsePerfData",
                "-Xshare:auto", "-Xss1m", "-Xmx" + limits.heapMb() + "m", "-XX:MaxMetaspaceSize=128m",
                "-XX:MaxDirectMemorySize=16m", "-Djava.io.tmpdir=/tmp", "-Duser.home=/tmp", "-Dfile.encoding=UTF-8"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", sandboxed ? AGENT_DIR : agentDir.toString(), AGENT_CLASS));
        return cmd;
    }

    private List<String> bwrapArguments() {
        List<String> b = new ArrayList<>(List.of(
                bwrap.toString(), "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
                "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--hostname", "cell",
                "--perms", "0755", "--dir", "/usr",
                "--perms", "0755", "--dir", "/usr/bin",
                "--perms", "0755", "--dir", "/etc",
                "--perms", "0755", "--dir", "/opt",
                // the JDK's shared libraries (libc, libz, ...) and, on Debian, the JDK itself
                "--ro-bind", "/usr/lib", "/usr/lib",
                "--ro-bind-try", "/usr/lib64", "/usr/lib64",
                "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
                "--ro-bind", "/usr/bin/setpriv", "/usr/bin/setpriv",
                "--ro-bind", agentDir.toString(), AGENT_DIR,
                "--perms", "1777", "--size", Long.toString(limits.tmpMb() * 1024L * 1024L), "--tmpfs", "/tmp",
                "--proc", "/proc", "--dev", "/dev",
                "--chdir", "/tmp"));
        Path realJdk = realPath(jdkHome);
        if (!realJdk.startsWith("/usr/lib/")) {
            b.addAll(List.of("--ro-bind", realJdk.toString(), realJdk.toString()));
        }
        // Debian keeps the JDK's conf/ as links into /etc/java-<version>-openjdk
        Path debianConf = Path.of("/etc/java-" + Runtime.version().feature() + "-openjdk");
        if (Files.isDirectory(debianConf)) {
            b.addAll(List.of("--ro-bind", debianConf.toString(), debianConf.toString()));
        }
        return b;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException e) {
            return path.toAbsolutePath();
        }
    }
}
