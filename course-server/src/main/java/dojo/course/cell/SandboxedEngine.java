package dojo.course.cell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * A JShell execution engine that runs snippets in a sandboxed child JVM ({@link CellSandbox})
 * and talks to it over the child's stdin and stdout. One instance serves one JShell: it remembers
 * its process so the session can kill it when a run exceeds its time.
 */
final class SandboxedEngine implements ExecutionControlProvider {
    private static final int STDERR_TAIL = 2048;
    private final CellSandbox sandbox;
    private final StringBuilder stderrTail = new StringBuilder();
    private volatile Process process;

    SandboxedEngine(CellSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public String name() {
        return "dojo-cell-sandbox";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(sandbox.command());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("LANG", "C.UTF-8");
        Process started = builder.start();
        process = started;
        drainStderr(started.getErrorStream());
        return Util.remoteInputOutput(started.getInputStream(), started.getOutputStream(),
                Map.of("out", env.userOut(), "err", env.userErr()), Map.of("in", env.userIn()),
                (in, out) -> new StreamingExecutionControl(out, in) {
                    @Override
                    public void close() {
                        super.close();
                        kill();
                    }
                });
    }

    /** Ends the session's JVM and everything it started; safe to call more than once. */
    void kill() {
        Process p = process;
        if (p != null) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    boolean alive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** The exit code once the JVM has ended, waiting briefly for it; -1 if it is still running. */
    int exitCode() {
        Process p = process;
        if (p == null) {
            return -1;
        }
        try {
            return p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The last lines the sandbox or its JVM wrote to stderr: the reason when it fails to start. */
    String stderrTail() {
        synchronized (stderrTail) {
            return stderrTail.toString().strip();
        }
    }

    private void drainStderr(InputStream stderr) {
        Thread drain = new Thread(() -> {
            byte[] buffer = new byte[1024];
            try (stderr) {
                for (int n; (n = stderr.read(buffer)) > 0; ) {
                    synchronized (stderrTail) {
                        stderrTail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        if (stderrTail.length() > STDERR_TAIL) {
                            stderrTail.delete(0, stderrTail.length() - STDERR_TAIL);
                        }
                    }
                }
            } catch (IOException e) {
                // the process ended; what was read is kept
            }
        }, "cell-stderr");
        drain.setDaemon(true);
        drain.start();
    }
}
