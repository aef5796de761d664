package dojo.grader;

import dojo.grader.api.GradingRun;
import dojo.grader.compile.Build;
import dojo.grader.compile.Layer;
import dojo.grader.compile.SubmissionBuilder;
import dojo.grader.lab.Lab;
import dojo.grader.lab.LabCatalog;
import dojo.grader.report.CheckResult;
import dojo.grader.report.GradeReport;
import dojo.grader.run.BrokenLab;
import dojo.grader.run.CheckRunner;
import dojo.grader.run.LabChecks;
import dojo.lambda.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Grades submissions for labs on a running engine. One grade reads top to bottom: resolve the
 * lab and its compiled checks, compile the submission into a deployment package, run the checks
 * on the JUnit Platform launcher against a fresh account, report.
 *
 * <p>Thread-safe: grades may be asked for concurrently, each runs in its own account and work
 * folder. At most {@code maxConcurrentGrades} run at once and the others wait their turn, in
 * order: cold starts and timing checks need the machine's CPUs, and on a busy machine every
 * grade would fail its budgets. A grade's time limit starts when its turn comes. A lab's checks
 * are compiled on its first grade and kept. The caller owns the engine and closes it.
 */
public final class Grader {
    private final Engine engine;
    private final LabCatalog labs;
    private final SubmissionBuilder builder;
    private final Path workDir;
    private final InstantSource clock;
    private final CheckRunner runner = new CheckRunner();
    private final ConcurrentHashMap<String, LabChecks> compiled = new ConcurrentHashMap<>();
    private final Semaphore turns;

    /** A grader running as many grades at once as the machine has processors. */
    public Grader(Engine engine, LabCatalog labs, Layer layer, Path workDir, InstantSource clock) {
        this(engine, labs, layer, workDir, clock, Runtime.getRuntime().availableProcessors());
    }

    /** @param workDir a folder the grader may fill with build output (each grade cleans up its own) */
    public Grader(Engine engine, LabCatalog labs, Layer layer, Path workDir, InstantSource clock, int maxConcurrentGrades) {
        if (maxConcurrentGrades < 1) {
            throw new IllegalArgumentException("Expected at least 1 concurrent grade, found " + maxConcurrentGrades);
        }
        this.engine = engine;
        this.labs = labs;
        this.builder = new SubmissionBuilder(layer);
        this.workDir = workDir;
        this.clock = clock;
        this.turns = new Semaphore(maxConcurrentGrades, true);
    }

    public LabCatalog labs() {
        return labs;
    }

    /** The lab's compiled checks; a {@link BrokenLab} when they do not compile or are ill-formed. */
    public LabChecks checks(Lab lab) {
        return compiled.computeIfAbsent(lab.id(), id -> LabChecks.compile(lab, newDir("checks-" + id)));
    }

    /** Grades {@code submission} (a .java file or a folder) for the lab with that id. */
    public GradeReport grade(String labId, Path submission) {
        return grade(labs.require(labId), submission);
    }

    public GradeReport grade(Lab lab, Path submission) {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a turn to grade " + lab.id(), e);
        }
        try {
            return gradeNow(lab, submission);
        } finally {
            turns.release();
        }
    }

    private GradeReport gradeNow(Lab lab, Path submission) {
        long started = System.nanoTime();
        Instant deadline = clock.instant().plus(lab.timeLimit());
        LabChecks checks;
        try {
            checks = checks(lab);
        } catch (BrokenLab e) {
            return GradeReport.error(lab.id(), lab.title(), e.getMessage() + ". This is the lab's fault, not the "
                    + "submission's: please tell the course staff.", List.of(), millisSince(started));
        }
        Path work = newDir("grade-" + lab.id());
        try {
            Build build = builder.build(submission, lab, work);
            if (!build.succeeded()) {
                return GradeReport.error(lab.id(), lab.title(), "The submission does not compile (" + build.errors().size()
                        + (build.errors().size() == 1 ? " error" : " errors") + "); fix "
                        + (build.errors().size() == 1 ? "it" : "them") + " and submit again.", build.errors(),
                        millisSince(started));
            }
            List<CheckResult> results;
            try (GradingRun run = GradingRun.open(engine, engine.accounts().create(), lab, build.zip(), deadline, clock)) {
                results = runner.run(checks, run, deadline, clock);
            }
            return GradeReport.of(lab.id(), lab.title(), results, lab.due(), millisSince(started));
        } finally {
            Folders.delete(work);
        }
    }

    private Path newDir(String prefix) {
        try {
            Files.createDirectories(workDir);
            return Files.createTempDirectory(workDir, prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a work folder under " + workDir, e);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
