package dojo.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.grader.lab.LabCatalog;
import dojo.grader.report.CheckResult;
import dojo.grader.report.CheckStatus;
import dojo.grader.report.ExercismReport;
import dojo.grader.report.GradeReport;
import dojo.grader.report.GradeStatus;
import dojo.grader.report.TextReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken submissions graded for lab first-handler: each is a clear failure of the
 * checks it breaks, no grade outlives its time limit, and the grader grades normally afterwards.
 */
class HostileSubmissionsIT {
    static final Path HOSTILE = Path.of("src/test/resources/hostile");
    static final Path SECRET = Path.of("/tmp/dojo-hostile-secret.txt");

    @TempDir
    static Path dir;

    static TestGrader test;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(SECRET, "s3cr3t-of-the-grader");
        test = TestGrader.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        test.close();
        Files.deleteIfExists(SECRET);
    }

    @Test
    void anEndlessLoopTimesOutInEveryCheckWithinTheGradesTimeLimit() {
        GradeReport report = grade("endless-loop");
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        assertThat(report.firstFailure().orElseThrow().message())
                .contains("Got: Task timed out after 5.00 seconds")
                .contains("Try: The handler was still running when the function's timeout struck.");
    }

    @Test
    void systemExitIsTheRuntimeExitingNotAGraderCrash() {
        GradeReport report = grade("system-exit");
        assertThat(report.firstFailure().orElseThrow().message())
                .contains("Got: the runtime process exited: Runtime.ExitError")
                .contains("Never call System.exit or Runtime.halt in a handler");
    }

    @Test
    void aStaticInitializerThatThrowsFailsInitInEveryCheck() {
        GradeReport report = grade("throwing-static-initializer");
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        assertThat(report.firstFailure().orElseThrow().message())
                .contains("Got: INIT failed, so no invocation ran: Runtime.BadFunctionCode: For input string: \"not a number\"");
    }

    @Test
    void aForkBombIsContainedAndTheGraderStillGradesTheNextSubmission() {
        GradeReport bomb = grade("fork-bomb");
        assertThat(bomb.status()).isEqualTo(GradeStatus.FAIL);
        GradeReport after = test.grader.grade("first-handler", TestGrader.LABS.resolve("first-handler/solution"));
        assertThat(after.status()).as(TextReport.render(after)).isEqualTo(GradeStatus.PASS);
    }

    @Test
    void hugeOutputIsCutAndTheReportStaysSmall() {
        GradeReport report = grade("huge-output");
        assertThat(TextReport.render(report).length()).isLessThan(100_000);
        assertThat(ExercismReport.render(report).length()).isLessThan(100_000);
        for (CheckResult c : report.checks()) {
            c.evidence().forEach(e -> assertThat(e.log().length()).isLessThan(2_000));
        }
    }

    @Test
    void filesOutsideTheSandboxCannotBeRead() {
        GradeReport report = grade("reads-outside-sandbox");
        String everything = TextReport.render(report) + report.checks().stream()
                .flatMap(c -> c.evidence().stream()).map(e -> e.response()).reduce("", String::concat);
        assertThat(everything).doesNotContain("s3cr3t-of-the-grader").doesNotContain("root:");
        assertThat(report.checks().get(0).message()).contains("Hello, refused: NoSuchFileException!");
    }

    @Test
    void theGradesTimeLimitCutsOffTheChecksLeft() throws Exception {
        Path labs = dir.resolve("short-labs");
        TestGrader.copy(TestGrader.LABS.resolve("first-handler"), labs.resolve("first-handler"));
        Path readme = labs.resolve("first-handler/README.md");
        Files.writeString(readme, Files.readString(readme).replace("time-limit: 90", "time-limit: 12"));
        Grader shortGrader = new Grader(test.engine, LabCatalog.load(labs, test.layer.clients()), test.layer,
                dir.resolve("short-work"), InstantSource.system());

        long started = System.nanoTime();
        GradeReport report = shortGrader.grade("first-handler", HOSTILE.resolve("endless-loop"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(12 + 5 + 10));
        assertThat(report.checks()).hasSize(8);
        assertThat(report.checks()).filteredOn(c -> c.status() == CheckStatus.ERROR).isNotEmpty()
                .allSatisfy(c -> assertThat(c.message()).containsAnyOf("time limit"));
    }

    private static GradeReport grade(String hostile) {
        long started = System.nanoTime();
        GradeReport report = test.grader.grade("first-handler", HOSTILE.resolve(hostile));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("graded hostile %s in %.1f s: %s%n", hostile, took.toMillis() / 1000.0, report.status());
        assertThat(report.status()).as(TextReport.render(report)).isEqualTo(GradeStatus.FAIL);
        assertThat(took).isLessThan(Duration.ofSeconds(90 + 30));
        return report;
    }
}
