package dojo.lambda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Refuses to start without a working sandbox unless the operator said {@code --unsafe-no-sandbox},
 * and then warns on every start: learner code is hostile.
 */
final class SandboxCheck {
    private SandboxCheck() {}

    static void require(boolean unsafe) {
        if (!works(List.of("socat", "-V"))) {
            throw new EngineStartException("socat was not found. The engine relays the Runtime API into each environment "
                    + "with it. Install it (Debian: apt-get install socat) and start again.");
        }
        if (unsafe) {
            System.err.println("WARNING: --unsafe-no-sandbox: execution environments run WITHOUT a sandbox. Function code "
                    + "can read and change this machine's files and reach its network. Use only with code you trust.");
            return;
        }
        if (!works(List.of("bwrap", "--unshare-pid", "--unshare-net", "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin",
                "/bin", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--proc", "/proc", "--dev", "/dev",
                "/usr/bin/true"))) {
            throw new EngineStartException("No working sandbox: bubblewrap (bwrap) is missing or cannot create namespaces "
                    + "here. Install it (Debian: apt-get install bubblewrap) and run as a user that may create namespaces, "
                    + "or start with --unsafe-no-sandbox to run learner code without isolation (not for untrusted code).");
        }
    }

    private static boolean works(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String describe(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
