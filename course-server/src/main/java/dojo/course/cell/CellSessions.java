package dojo.course.cell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The Java cells of all learners: one {@link CellSession} (a sandboxed JVM) per learner and lesson
 * page, started on first use, replaced after it ends, closed after {@link CellLimits#idleSessionTimeout()}
 * or when {@link CellLimits#maxSessions()} are alive and a new one is needed (least recently used
 * first). Thread-safe; {@link #close()} ends every session.
 */
public final class CellSessions implements AutoCloseable {
    private static final String AGENT_CLASS_FILE = "dojo/course/cell/agent/CellAgent.class";
    private final CellSandbox sandbox;
    private final CellLimits limits;
    private final InstantSource clock;
    private final Map<SessionKey, CellSession> sessions = new HashMap<>();
    private final Semaphore runs;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("cell-run"));
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(daemon("cell-reaper"));

    private record SessionKey(String learnerId, String lessonSlug) {
    }

    private CellSessions(CellSandbox sandbox, CellLimits limits, InstantSource clock) {
        this.sandbox = sandbox;
        this.limits = limits;
        this.clock = clock;
        this.runs = new Semaphore(limits.maxConcurrentRuns(), true);
        reaper.scheduleWithFixedDelay(this::closeIdle, 30, 30, TimeUnit.SECONDS);
    }

    /**
     * Prepares cell sessions: copies the agent class into {@code workDir} and finds bubblewrap.
     * Without bubblewrap, cells run unsandboxed only if {@code unsafeNoSandbox}; otherwise every
     * run fails with a message saying what to install.
     */
    public static CellSessions create(Path workDir, CellLimits limits, boolean unsafeNoSandbox, InstantSource clock) {
        return create(workDir, limits, unsafeNoSandbox, clock, List.of());
    }

    /** As {@link #create(Path, CellLimits, boolean, InstantSource)}, with extra options for the cell JVMs. */
    public static CellSessions create(Path workDir, CellLimits limits, boolean unsafeNoSandbox, InstantSource clock,
            List<String> jvmOptions) {
        Path agentDir = workDir.resolve("cell-agent");
        installAgent(agentDir);
        Path bwrap = findOnPath("bwrap");
        boolean sandboxed = bwrap != null || !unsafeNoSandbox;
        Path javaHome = Path.of(System.getProperty("java.home"));
        return new CellSessions(new CellSandbox(sandboxed, bwrap == null ? Path.of("bwrap") : bwrap, javaHome, agentDir, limits, jvmOptions),
                limits, clock);
    }

    /** Whether cells run inside bubblewrap (false only with --unsafe-no-sandbox on a host without it). */
    public boolean sandboxed() {
        return sandbox.sandboxed();
    }

    public CellLimits limits() {
        return limits;
    }

    /**
     * Runs cell {@code cell} of a lesson page in the learner's session, first running those of
     * {@code cellsAbove} (the page's current text of cells 0..cell-1) that have not run in it.
     * Returns one {@link CellRun} per cell run, stopping early when a run ends the session.
     *
     * @throws CellBusyException when all run slots stay busy for 10 seconds
     * @throws CellException when the sandbox cannot start
     */
    public List<CellRun> run(String learnerId, String lessonSlug, int cell, String code, List<String> cellsAbove) {
        Objects.requireNonNull(code, "code");
        if (cellsAbove.size() != cell) {
            throw new IllegalArgumentException("Expected the text of the " + cell + " cells above cell " + (cell + 1)
                    + ", found " + cellsAbove.size());
        }
        acquireSlot();
        try {
            CellSession session = liveSession(new SessionKey(learnerId, lessonSlug));
            synchronized (session) {
                List<CellRun> done = new ArrayList<>();
                for (int above = 0; above < cell; above++) {
                    if (!session.hasRun(above)) {
                        CellRun run = session.run(above, cellsAbove.get(above), limits.wallClockPerRun(), workers, clock.instant());
                        done.add(run);
                        if (run.ending() != CellEnding.COMPLETED) {
                            return done;
                        }
                    }
                }
                done.add(session.run(cell, code, limits.wallClockPerRun(), workers, clock.instant()));
                return done;
            }
        } finally {
            runs.release();
        }
    }

    /** Discards the learner's session for a page; the next run starts from an empty session. */
    public void reset(String learnerId, String lessonSlug) {
        CellSession session;
        synchronized (sessions) {
            session = sessions.remove(new SessionKey(learnerId, lessonSlug));
        }
        if (session != null) {
            session.close();
        }
    }

    /** Number of live sessions, each a sandboxed JVM. */
    public int liveSessions() {
        synchronized (sessions) {
            return sessions.size();
        }
    }

    private void acquireSlot() {
        try {
            if (!runs.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new CellBusyException("All " + limits.maxConcurrentRuns() + " Java runners are busy; run the cell again"
                        + " in a few seconds.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CellBusyException("The server is stopping; run the cell again later.");
        }
    }

    private CellSession liveSession(SessionKey key) {
        CellSession evicted = null;
        synchronized (sessions) {
            CellSession existing = sessions.get(key);
            if (existing != null && !existing.ended()) {
                return existing;
            }
            sessions.remove(key);
            if (existing != null) {
                existing.close();
            }
            if (sessions.size() >= limits.maxSessions()) {
                SessionKey oldest = sessions.entrySet().stream()
                        .min(Comparator.comparing(e -> e.getValue().lastUsed())).map(Map.Entry::getKey).orElseThrow();
                evicted = sessions.remove(oldest);
            }
        }
        if (evicted != null) {
            evicted.close();
        }
        CellSession started = startWithin(30);
        synchronized (sessions) {
            CellSession raced = sessions.putIfAbsent(key, started);
            if (raced != null && !raced.ended()) {
                started.close();
                return raced;
            }
            sessions.put(key, started);
            return started;
        }
    }

    private CellSession startWithin(int seconds) {
        Future<CellSession> starting = workers.submit(() -> CellSession.start(sandbox, clock.instant()));
        try {
            return starting.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            starting.cancel(true);
            throw new CellException("The sandbox for Java cells did not answer within " + seconds + " seconds; the host may be"
                    + " overloaded. Run the cell again.");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof CellException ce ? ce : new CellException("Starting a Java cell session failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CellException("The server was stopping while a Java session started.", e);
        }
    }

    private void closeIdle() {
        List<CellSession> idle = new ArrayList<>();
        synchronized (sessions) {
            sessions.entrySet().removeIf(e -> {
                boolean stale = e.getValue().ended()
                        || e.getValue().lastUsed().plus(limits.idleSessionTimeout()).isBefore(clock.instant());
                if (stale) {
                    idle.add(e.getValue());
                }
                return stale;
            });
        }
        idle.forEach(CellSession::close);
    }

    @Override
    public void close() {
        reaper.shutdownNow();
        List<CellSession> all;
        synchronized (sessions) {
            all = new ArrayList<>(sessions.values());
            sessions.clear();
        }
        all.forEach(CellSession::close);
        workers.shutdownNow();
    }

    private static void installAgent(Path agentDir) {
        Path target = agentDir.resolve(AGENT_CLASS_FILE);
        try (InputStream in = CellSessions.class.getClassLoader().getResourceAsStream(AGENT_CLASS_FILE)) {
            if (in == null) {
                throw new CellException("The cell agent " + AGENT_CLASS_FILE + " is missing from the server's classpath; rebuild"
                        + " the course server.");
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            // the sandbox runs as an unprivileged user, which must read the agent
            try (Stream<Path> paths = Files.walk(agentDir)) {
                for (Path p : (Iterable<Path>) paths::iterator) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not install the cell agent under " + agentDir + "; check that the data"
                    + " directory is writable", e);
        }
    }

    private static Path findOnPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
