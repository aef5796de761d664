package dojo.lambda.env;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The command that starts one environment's process tree inside the sandbox: bubblewrap gives it
 * new PID, network, IPC and UTS namespaces and a root filesystem made only of the system's
 * read-only {@code /usr}, the JDK, the function's code at {@code /var/task} (read-only), the
 * runtime at {@code /opt/dojo}, a size-capped {@code /tmp}, and the Runtime API socket at
 * {@code /run/dojo}. Inside, the process drops to user {@code nobody} with no capabilities, and a
 * relay serves the Runtime API on {@code 127.0.0.1:9001} of the sandbox's own loopback.
 *
 * <p>Without a sandbox ({@code --unsafe-no-sandbox}) the same inner command runs directly on the
 * host, with the relay on a free host port instead.
 */
record SandboxLayout(
        boolean sandboxed,
        Path jdkHome,
        Path codeDir,
        Path runtimeDir,
        Path socketDir,
        Path etcDir,
        int tmpSizeMb,
        int runtimeApiPort,
        Path serviceSocketDir,
        Path scratchDir,
        Path archiveDir,
        List<String> cgroupJoin) {

    static final String TASK_ROOT = "/var/task";
    static final String RUNTIME_DIR = "/opt/dojo";
    static final String SOCKET_DIR = "/run/dojo";
    static final String SERVICE_DIR = "/run/dojo-api";
    static final int SERVICE_PORT = 4566;
    static final int MAX_OPEN_FILES = 1024;
    static final int SANDBOX_UID = 65534;

    SandboxLayout {
        Objects.requireNonNull(jdkHome, "jdkHome");
        Objects.requireNonNull(codeDir, "codeDir");
        Objects.requireNonNull(runtimeDir, "runtimeDir");
        Objects.requireNonNull(socketDir, "socketDir");
        cgroupJoin = List.copyOf(cgroupJoin);
    }

    String taskRoot() {
        return sandboxed ? TASK_ROOT : codeDir.toString();
    }

    String runtimeJar() {
        return (sandboxed ? RUNTIME_DIR : runtimeDir.toString()) + "/mini-lambda-runtime.jar";
    }

    String runtimeApi() {
        return "127.0.0.1:" + runtimeApiPort;
    }

    /** The full command for {@link ProcessBuilder}; {@code inner} is what runs inside. */
    List<String> command(List<String> inner) {
        String socket = (sandboxed ? SOCKET_DIR : socketDir.toString()) + "/runtime.sock";
        // The relay must listen before the runtime's first request; the loop waits for its
        // LISTEN entry (state 0A) in the namespace's own /proc/net/tcp without forking.
        String hexPort = String.format("%04X", runtimeApiPort);
        String services = sandboxed && serviceSocketDir != null
                ? "socat TCP-LISTEN:" + SERVICE_PORT + ",bind=127.0.0.1,fork,reuseaddr UNIX-CONNECT:" + SERVICE_DIR
                        + "/engine.sock 2>/dev/null & "
                : "";
        String inside = services + "socat TCP-LISTEN:" + runtimeApiPort + ",bind=127.0.0.1,fork,reuseaddr UNIX-CONNECT:" + socket
                + " 2>/dev/null & i=0; while [ $i -lt 5000 ]; do i=$((i+1)); "
                + "while read -r _ l _ s _; do [ \"$l\" = 0100007F:" + hexPort + " ] && [ \"$s\" = 0A ] && break 2; "
                + "done < /proc/net/tcp; done; exec \"$@\"";
        List<String> cmd = new ArrayList<>();
        cmd.add("/bin/sh");
        cmd.add("-c");
        StringBuilder outer = new StringBuilder();
        for (String join : cgroupJoin) {
            outer.append(join).append(" && ");
        }
        outer.append("ulimit -n ").append(MAX_OPEN_FILES).append(" && exec \"$@\"");
        cmd.add(outer.toString());
        cmd.add("sh");
        if (sandboxed) {
            cmd.addAll(bwrap());
            cmd.addAll(List.of("/usr/bin/setpriv", "--reuid=" + SANDBOX_UID, "--regid=" + SANDBOX_UID, "--clear-groups",
                    "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"));
        }
        cmd.addAll(List.of("/bin/sh", "-c", inside, "sh"));
        cmd.addAll(inner);
        return cmd;
    }

    private List<String> bwrap() {
        List<String> b = new ArrayList<>(List.of(
                "bwrap", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
                "--die-with-parent", "--new-session", "--hostname", "localhost",
                "--ro-bind", "/usr", "/usr",
                "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
                "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
                "--perms", "0755", "--dir", "/var",
                "--perms", "0755", "--dir", "/opt",
                "--perms", "0755", "--dir", "/run",
                "--ro-bind", etcDir.toString(), "/etc",
                "--ro-bind", codeDir.toString(), TASK_ROOT,
                "--ro-bind", runtimeDir.toString(), RUNTIME_DIR,
                "--bind", socketDir.toString(), SOCKET_DIR,
                "--proc", "/proc", "--dev", "/dev",
                "--chdir", TASK_ROOT));
        // Debian's JDKs keep java.security and cacerts as links into /etc; the JDK needs them
        for (String etc : SandboxEtc.hostDirs()) {
            b.addAll(List.of("--ro-bind", etc, etc));
        }
        if (archiveDir != null) {
            b.addAll(List.of("--ro-bind", archiveDir.toString(), StartupArchives.MOUNT));
        }
        if (scratchDir != null) {
            b.addAll(List.of("--bind", scratchDir.toString(), "/tmp"));
        } else {
            b.addAll(List.of("--perms", "1777", "--size", Long.toString(tmpSizeMb * 1024L * 1024L), "--tmpfs", "/tmp"));
        }
        if (serviceSocketDir != null) {
            b.addAll(List.of("--ro-bind", serviceSocketDir.toString(), SERVICE_DIR));
        }
        if (!jdkHome.startsWith("/usr/")) {
            b.addAll(List.of("--ro-bind", jdkHome.toString(), jdkHome.toString()));
        }
        return b;
    }
}
