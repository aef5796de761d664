package dojo.course.cell;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * One learner's JShell session for one lesson page: a JShell in the server that compiles, and a
 * sandboxed JVM that runs ({@link SandboxedEngine}). Runs are serialized. A run that passes the
 * wall-clock limit, or a JVM that stops (System.exit, CPU limit), ends the session for good; the
 * owner ({@link CellSessions}) replaces an ended session with a fresh one.
 */
final class CellSession implements AutoCloseable {
    private static final int OUTPUT_LIMIT = 64 * 1024;
    private final SandboxedEngine engine;
    private final JShell shell;
    private final CapturedOutput out;
    private final CapturedOutput err;
    private final Set<Integer> ranCells = new HashSet<>();
    private final Map<String, Integer> snippetLines = new ConcurrentHashMap<>();
    private volatile boolean ended;
    private volatile Instant lastUsed;

    private CellSession(SandboxedEngine engine, JShell shell, CapturedOutput out, CapturedOutput err, Instant now) {
        this.engine = engine;
        this.shell = shell;
        this.out = out;
        this.err = err;
        this.lastUsed = now;
        shell.onShutdown(closed -> ended = true);
    }

    /** Starts the sandboxed JVM and a JShell on it; throws {@link CellException} if the sandbox fails. */
    static CellSession start(CellSandbox sandbox, Instant now) {
        SandboxedEngine engine = new SandboxedEngine(sandbox);
        CapturedOutput out = new CapturedOutput(OUTPUT_LIMIT);
        CapturedOutput err = new CapturedOutput(OUTPUT_LIMIT);
        try {
            JShell shell = JShell.builder()
                    .executionEngine(engine, Map.of())
                    .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                    .in(InputStream.nullInputStream())
                    .build();
            // compile and run once now, so the first cell's time limit is not spent warming up javac
            shell.eval("1").forEach(event -> shell.drop(event.snippet()));
            out.take();
            return new CellSession(engine, shell, out, err, now);
        } catch (IllegalStateException e) {
            engine.exitCode(); // lets the sandbox's last words reach stderrTail
            engine.kill();
            throw new CellException("The sandbox for Java cells did not start: " + e.getMessage()
                    + (engine.stderrTail().isEmpty() ? "" : " (it said: " + engine.stderrTail() + ")")
                    + ". Check that bubblewrap (bwrap) works on this host, or start the server with --unsafe-no-sandbox"
                    + " on a machine only you use.", e);
        }
    }

    boolean hasRun(int cell) {
        synchronized (ranCells) {
            return ranCells.contains(cell);
        }
    }

    boolean ended() {
        return ended || !engine.alive();
    }

    Instant lastUsed() {
        return lastUsed;
    }

    /** Runs one cell's code, at most {@code limit} long; the caller serializes calls per session. */
    CellRun run(int cell, String code, Duration limit, ExecutorService workers, Instant now) {
        lastUsed = now;
        List<SnippetResult> results = Collections.synchronizedList(new ArrayList<>());
        Future<?> work = workers.submit(() -> evaluate(cell, code, results));
        try {
            work.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            engine.kill();
            awaitQuietly(work);
            close();
            return new CellRun(cell, results, CellEnding.TIMED_OUT, "Stopped: cell " + (cell + 1) + " was still running after "
                    + limit.toSeconds() + " seconds (an endless loop?). Its Java session was discarded; the next run starts"
                    + " a fresh session and first runs the cells above it again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new CellException("The server was stopping while cell " + (cell + 1) + " ran; run it again.", e);
        } catch (ExecutionException e) {
            close();
            throw new CellException("Evaluating cell " + (cell + 1) + " failed inside the server: " + e.getCause(), e.getCause());
        }
        if (ended()) {
            int exit = engine.exitCode();
            close();
            return new CellRun(cell, results, CellEnding.SESSION_ENDED, "The cell's Java session ended"
                    + (exit >= 0 ? " with exit code " + exit : "") + exitReason(exit)
                    + ". The session was discarded; the next run starts a fresh session and first runs the cells above it again.");
        }
        synchronized (ranCells) {
            ranCells.add(cell);
        }
        return new CellRun(cell, results, CellEnding.COMPLETED, null);
    }

    private static String exitReason(int exit) {
        if (exit == 128 + 24 || exit == 128 + 9) {
            return " (it used up its CPU time or was killed)";
        }
        return exit >= 0 ? " (System.exit was called, or the JVM stopped)" : "";
    }

    private void evaluate(int cell, String code, List<SnippetResult> results) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code;
        while (!remaining.isBlank() && !ended()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            boolean complete = info.completeness().isComplete();
            String source = (complete ? info.source() : remaining).stripLeading();
            int start = code.length() - remaining.length() + (remaining.length() - remaining.stripLeading().length());
            int line = 1 + (int) code.substring(0, Math.max(0, Math.min(start, code.length()))).chars().filter(c -> c == '\n').count();
            List<SnippetEvent> events = shell.eval(source);
            SnippetResult result = SnippetResults.of(shell, source, line, events, out.take(), err.take(), this::describeFrame);
            events.stream().filter(e -> e.causeSnippet() == null).findFirst()
                    .ifPresent(e -> snippetLines.put(e.snippet().id(), cell * 100_000 + line));
            results.add(result);
            remaining = complete ? info.remaining() : "";
        }
    }

    /** "cell 2, line 7" for a frame of learner code, from JShell's "#id" file name and line. */
    private String describeFrame(String snippetId, int lineInSnippet) {
        Integer start = snippetLines.get(snippetId);
        if (start == null) {
            return "#" + snippetId + ":" + lineInSnippet;
        }
        return "cell " + (start / 100_000 + 1) + ", line " + (start % 100_000 + lineInSnippet - 1);
    }

    private static void awaitQuietly(Future<?> work) {
        try {
            work.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // the JVM is gone; whatever JShell reports now is of no use
        }
    }

    @Override
    public void close() {
        ended = true;
        engine.kill();
        try {
            shell.close();
        } catch (RuntimeException e) {
            // closing a JShell whose engine is already dead may complain; it is closed either way
        }
    }
}
