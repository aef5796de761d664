package dojo.lambda.env;

import dojo.lambda.invoke.Outcome;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One execution environment: a sandboxed process tree running a function's runtime, its Runtime
 * API, its control group and its log pump. Runs one invocation at a time.
 *
 * <pre>
 *   start --INIT ok--> IDLE (frozen) --invoke--> BUSY --reply--> IDLE (frozen after a grace, see IdleFreezer) ...
 *      \--INIT error/timeout--> DEAD       BUSY --timeout|crash|OOM--> DEAD
 * </pre>
 *
 * Callers (the pool) guarantee that {@link #invoke} is never called concurrently.
 */
final class ExecutionEnvironment {
    static final long INIT_LIMIT_MS = 10_000;

    final String id;
    final String functionKey;
    final String logStream;
    final Instant createdAt;
    private final EnvironmentHost host;
    private final Path dir;
    private final Cgroup cgroup;
    private final RuntimeApiServer api;
    private final LogPump logs;
    private final Process process;
    private final InstantSource clock;
    private final int memoryMb;
    private final ScratchDisk scratch;
    private volatile boolean frozen;
    private boolean busy;
    private volatile boolean dead;
    private double initDurationMs;
    private long peakMemoryBytes;
    volatile long lastUsedNanos = System.nanoTime();

    private ExecutionEnvironment(EnvironmentHost host, EnvironmentSpec spec, LogSink sink, InstantSource clock,
            String id, String logStream, ScratchSpares spares) throws IOException {
        this.id = id;
        this.functionKey = spec.functionKey();
        this.logStream = logStream;
        this.host = host;
        this.clock = clock;
        this.memoryMb = spec.memoryMb();
        this.createdAt = clock.instant();
        this.dir = host.runDir().resolve(id);
        Path socketDir = dir.resolve("sock");
        Files.createDirectories(socketDir);
        Files.setPosixFilePermissions(socketDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path fifo = dir.resolve("out");
        mkfifo(fifo);
        Cgroup group = null;
        RuntimeApiServer server = null;
        LogPump pump = null;
        ScratchDisk disk = null;
        try {
            if (host.sandboxed() && ScratchDisk.available(host.runDir())) {
                disk = spares != null ? spares.take(spec.ephemeralStorageMb())
                        : ScratchDisk.create(dir.resolve("scratch"), spec.ephemeralStorageMb());
            }
            if (host.cgroups() != null) {
                group = host.cgroups().create(id);
                group.limit(spec.memoryMb() * 1024L * 1024L, host.maxTasks());
            }
            server = new RuntimeApiServer(socketDir.resolve("runtime.sock"), id.substring(0, 8));
            pump = new LogPump(fifo, sink, host.maxLogBytesPerInvocation(), id.substring(0, 8));
            int port = host.sandboxed() ? 9001 : freePort();
            SandboxLayout layout = new SandboxLayout(host.sandboxed(), spec.jdkHome(), spec.codeDir(), host.runtimeDir(),
                    socketDir, host.etcDir(), spec.ephemeralStorageMb(), port, host.serviceSocketDir(),
                    disk == null ? null : disk.mountPoint, host.archives() == null ? null : host.archives().dir(), group == null ? java.util.List.of() : group.joinCommands());
            ProcessBuilder pb = new ProcessBuilder(layout.command(spec.command()));
            pb.environment().clear();
            pb.environment().putAll(spec.environment());
            pb.environment().put("AWS_LAMBDA_RUNTIME_API", layout.runtimeApi());
            pb.environment().put("LAMBDA_TASK_ROOT", layout.taskRoot());
            if (host.sandboxed() && host.serviceSocketDir() != null) {
                pb.environment().put("AWS_ENDPOINT_URL", "http://127.0.0.1:" + SandboxLayout.SERVICE_PORT);
            } else if (host.serviceEndpoint() != null) {
                pb.environment().put("AWS_ENDPOINT_URL", host.serviceEndpoint());
            }
            pb.directory(spec.codeDir().toFile());
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(fifo.toFile()));
            pb.redirectErrorStream(true);
            this.process = pb.start();
        } catch (IOException | RuntimeException e) {
            if (pump != null) {
                pump.close();
            }
            if (server != null) {
                server.close();
            }
            if (group != null) {
                group.destroy();
            }
            if (disk != null) {
                disk.close();
            }
            throw e;
        }
        this.scratch = disk;
        this.cgroup = group;
        this.api = server;
        this.logs = pump;
    }

    /**
     * Starts an environment and waits for INIT (the runtime's first request for work), at most
     * {@link #INIT_LIMIT_MS}. Returns the ready environment or throws {@link InitFailed} carrying
     * the error to report.
     */
    static ExecutionEnvironment start(EnvironmentHost host, EnvironmentSpec spec, LogSink sink, InstantSource clock,
            String logStream) throws IOException {
        return start(host, spec, sink, clock, logStream, null);
    }

    /** As above, taking the environment's /tmp disk from {@code spares} (null: made on the spot). */
    static ExecutionEnvironment start(EnvironmentHost host, EnvironmentSpec spec, LogSink sink, InstantSource clock,
            String logStream, ScratchSpares spares) throws IOException {
        String id = HexFormat.of().formatHex(randomBytes());
        long t0 = System.nanoTime();
        ExecutionEnvironment env = new ExecutionEnvironment(host, spec, sink, clock, id, logStream, spares);
        env.awaitInit(t0);
        return env;
    }

    private void awaitInit(long t0) {
        CompletableFuture<Object> first = CompletableFuture.anyOf(api.initDone(), process.onExit());
        try {
            first.get(INIT_LIMIT_MS, TimeUnit.MILLISECONDS);
            initDurationMs = (System.nanoTime() - t0) / 1e6;
            if (!api.initDone().isDone() || api.initDone().isCompletedExceptionally()) {
                api.initDone().getNow(null);
                throw failInit("Runtime.ExitError", "Runtime exited during INIT with " + exitDescription());
            }
            if (cgroup != null && memoryMb < 1769) {
                cgroup.limitCpu(memoryMb / 1769.0);
            }
            freeze();
        } catch (TimeoutException e) {
            initDurationMs = INIT_LIMIT_MS;
            throw failInit("Runtime.InitTimeout", "INIT did not finish within 10.00 seconds (static initializers and the "
                    + "handler's constructor must return; look for an endless loop or a blocking call at start-up)");
        } catch (ExecutionException | java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeApiServer.InitFailure f) {
                destroy();
                throw new InitFailed(f.body(), f.errorType() == null ? "Runtime.Unknown" : f.errorType(), initDurationMs());
            }
            throw failInit("Runtime.Unknown", String.valueOf(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failInit("Runtime.Unknown", "interrupted while waiting for INIT");
        }
    }

    private InitFailed failInit(String type, String message) {
        destroy();
        String body = "{\"errorType\":\"" + type + "\",\"errorMessage\":" + Json.quote(message) + "}";
        return new InitFailed(body.getBytes(StandardCharsets.UTF_8), type, initDurationMs());
    }

    double initDurationMs() {
        return initDurationMs;
    }

    /** Peak memory of this environment so far, in MB, as the kernel measured it. */
    long maxMemoryUsedMb() {
        long bytes = cgroup != null ? cgroup.peakMemoryBytes() : 0;
        if (bytes == 0) {
            bytes = ProcessMemory.peakRssBytes(process.toHandle());
        }
        peakMemoryBytes = Math.max(peakMemoryBytes, bytes);
        return Math.max(1, Math.round(peakMemoryBytes / (1024.0 * 1024.0)));
    }

    boolean isDead() {
        return dead || !process.isAlive();
    }

    /** Runs one invocation; the environment is destroyed if it did not end cleanly. */
    Attempt invoke(RuntimeEvent event, long timeoutMs) {
        synchronized (this) {
            busy = true;
            thaw();
        }
        logs.attribute(event.requestId());
        long t0 = System.nanoTime();
        CompletableFuture<RuntimeReply> reply = api.deliver(event);
        Attempt attempt = await(event, reply, timeoutMs, t0);
        logs.drain();
        logs.attribute(null);
        lastUsedNanos = System.nanoTime();
        synchronized (this) {
            busy = false;
        }
        if (attempt.environmentLost()) {
            destroy();
        } else {
            // off the caller's path, and not at all if the next invocation comes within the grace
            IdleFreezer.afterGrace(this::freezeIfIdle);
        }
        return attempt;
    }

    private Attempt await(RuntimeEvent event, CompletableFuture<RuntimeReply> reply, long timeoutMs, long t0) {
        long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        CompletableFuture<Object> any = CompletableFuture.anyOf(reply, process.onExit());
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return timedOut(event, timeoutMs);
            }
            try {
                any.get(Math.min(left, 50_000_000L), TimeUnit.NANOSECONDS);
                break;
            } catch (TimeoutException e) {
                if (logs.overLimit()) {
                    return lost(Outcome.FUNCTION_ERROR, "Runtime.LogLimitExceeded", event, t0,
                            "the function wrote more than " + host.maxLogBytesPerInvocation() / (1024 * 1024)
                                    + " MB of output in one invocation, so the engine stopped it. Write less to "
                                    + "stdout and stderr (keep data in /tmp or an object store instead).");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return lost(Outcome.PLATFORM_ERROR, "Runtime.Unknown", event, t0, "the engine was interrupted");
            } catch (ExecutionException e) {
                return lost(Outcome.PLATFORM_ERROR, "Runtime.Unknown", event, t0, String.valueOf(e.getCause()));
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        RuntimeReply r = reply.getNow(null);
        if (r == null) {
            return exited(event, t0);
        }
        return switch (r.kind()) {
            case RESPONSE -> new Attempt(Outcome.SUCCESS, r.body(), null, ms, false);
            case ERROR -> {
                boolean oom = "Runtime.OutOfMemory".equals(r.errorType()) || ErrorBody.hasType(r.body(), "Runtime.OutOfMemory");
                yield new Attempt(oom ? Outcome.OUT_OF_MEMORY : Outcome.FUNCTION_ERROR, r.body(),
                        ErrorBody.type(r.body(), r.errorType()), ms, oom);
            }
            case RESPONSE_TOO_LARGE -> new Attempt(Outcome.FUNCTION_ERROR, ErrorBody.of("Function.ResponseSizeTooLarge",
                    "Response payload size exceeded maximum allowed payload size (6291556 bytes)."),
                    "Function.ResponseSizeTooLarge", ms, false);
        };
    }

    private Attempt exited(RuntimeEvent event, long t0) {
        try {
            process.waitFor(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (cgroup != null && cgroup.oomKilled()) {
            return lost(Outcome.OUT_OF_MEMORY, "Runtime.OutOfMemory", event, t0,
                    "Runtime exited with error: signal: killed");
        }
        return lost(Outcome.FUNCTION_ERROR, "Runtime.ExitError", event, t0, "Runtime exited with error: " + exitDescription());
    }

    private Attempt timedOut(RuntimeEvent event, long timeoutMs) {
        String message = clock.instant() + " " + event.requestId() + " Task timed out after "
                + String.format("%.2f", timeoutMs / 1000.0) + " seconds";
        byte[] body = ("{\"errorMessage\":" + Json.quote(message) + "}").getBytes(StandardCharsets.UTF_8);
        return new Attempt(Outcome.TIMEOUT, body, "Sandbox.Timedout", timeoutMs, true);
    }

    private Attempt lost(Outcome outcome, String type, RuntimeEvent event, long t0, String message) {
        double ms = (System.nanoTime() - t0) / 1e6;
        return new Attempt(outcome, ErrorBody.of(type, "RequestId: " + event.requestId() + " Error: " + message), type, ms, true);
    }

    private String exitDescription() {
        if (process.isAlive()) {
            return "a process still running";
        }
        int code = process.exitValue();
        return code > 128 ? "signal: " + Signals.name(code - 128) : "exit status " + code;
    }

    private synchronized void freezeIfIdle() {
        // an invocation that ended within the grace left its own freeze behind, due later
        if (!busy && System.nanoTime() - lastUsedNanos >= IdleFreezer.GRACE_NANOS) {
            freeze();
        }
    }

    private synchronized void freeze() {
        if (cgroup != null && !frozen && !dead) {
            try {
                cgroup.freeze();
                frozen = true;
            } catch (RuntimeException e) {
                // a host that refuses freezing still runs functions; threads just keep running
            }
        }
    }

    private synchronized void thaw() {
        if (cgroup != null && frozen) {
            cgroup.thaw();
            frozen = false;
        }
    }

    boolean isFrozen() {
        return frozen;
    }

    /** Kills the process tree and releases everything; safe to call more than once. */
    synchronized void destroy() {
        if (dead) {
            return;
        }
        dead = true;
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (cgroup != null) {
            cgroup.destroy();
        }
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        logs.drain();
        logs.close();
        api.close();
        if (scratch != null) {
            scratch.close();
        }
        FileTrees.deleteQuietly(dir);
    }

    private static void mkfifo(Path fifo) throws IOException {
        try {
            Process p = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString()).redirectErrorStream(true).start();
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo " + fifo + " failed: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating " + fifo, e);
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    /** INIT did not complete; carries the error body to return to the caller. */
    static final class InitFailed extends RuntimeException {
        private final transient byte[] body;
        private final String errorType;
        private final double initDurationMs;

        InitFailed(byte[] body, String errorType, double initDurationMs) {
            super(errorType, null, false, false);
            this.body = body;
            this.errorType = errorType;
            this.initDurationMs = initDurationMs;
        }

        byte[] body() {
            return body;
        }

        String errorType() {
            return errorType;
        }

        double initDurationMs() {
            return initDurationMs;
        }
    }
}
