package dojo.course.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellSessionsIT {
    @TempDir
    static Path work;
    static CellSessions cells;

    @BeforeAll
    static void start() {
        CellLimits d = CellLimits.defaults();
        cells = CellSessions.create(work, new CellLimits(Duration.ofSeconds(4), d.cpuSecondsPerSession(), d.heapMb(), d.tmpMb(),
                d.maxSessions(), d.maxConcurrentRuns(), d.idleSessionTimeout(), d.maxCellChars()), false, InstantSource.system());
    }

    @AfterAll
    static void stop() {
        cells.close();
    }

    @Test
    void cellsOfAPageShareOneSessionAndShowOutputPerSnippet() {
        List<CellRun> first = cells.run("learner-a", "page", 0, "int x = 20;\nSystem.out.println(\"x is \" + x);\nx + 22", List.of());
        assertThat(first).hasSize(1);
        CellRun run = first.get(0);
        assertThat(run.ending()).isEqualTo(CellEnding.COMPLETED);
        assertThat(run.snippets()).extracting(SnippetResult::status).containsOnly(SnippetStatus.OK);
        assertThat(run.snippets().get(1).stdout()).isEqualTo("x is 20\n");
        assertThat(run.snippets().get(2).value()).isEqualTo("42");
        assertThat(run.snippets().get(2).line()).isEqualTo(3);

        CellRun second = cells.run("learner-a", "page", 1, "System.out.print(x * 2);", List.of("int x = 20;")).get(0);
        assertThat(second.stdout()).isEqualTo("40");
    }

    @Test
    void runningALaterCellFirstRunsTheCellsAboveIt() {
        List<CellRun> runs = cells.run("learner-b", "page", 2, "System.out.println(a + b);",
                List.of("int a = 1;", "int b = 2;"));
        assertThat(runs).extracting(CellRun::cell).containsExactly(0, 1, 2);
        assertThat(runs.get(2).stdout()).isEqualTo("3\n");
    }

    @Test
    void compileErrorsAndExceptionsAreResultsWithLines() {
        CellRun run = cells.run("learner-c", "page", 0, "int ok = 1;\nString s = 5;\nint d = 1 / (ok - 1);", List.of()).get(0);
        assertThat(run.ending()).isEqualTo(CellEnding.COMPLETED);
        assertThat(run.snippets().get(1).status()).isEqualTo(SnippetStatus.COMPILE_ERROR);
        assertThat(run.snippets().get(1).problems().get(0)).startsWith("line 2: incompatible types");
        assertThat(run.snippets().get(2).status()).isEqualTo(SnippetStatus.EXCEPTION);
        assertThat(run.snippets().get(2).problems().get(0)).isEqualTo("java.lang.ArithmeticException: / by zero");
    }

    @Test
    void anEndlessLoopIsStoppedAndTheNextRunGetsAFreshSession() {
        cells.run("learner-d", "page", 0, "int kept = 7;", List.of());
        CellRun loop = cells.run("learner-d", "page", 1, "while (true) { }", List.of("int kept = 7;")).get(0);
        assertThat(loop.ending()).isEqualTo(CellEnding.TIMED_OUT);
        assertThat(loop.message()).contains("still running after 4 seconds");

        List<CellRun> again = cells.run("learner-d", "page", 1, "System.out.println(kept);", List.of("int kept = 8;"));
        assertThat(again).extracting(CellRun::cell).containsExactly(0, 1);
        assertThat(again.get(1).stdout()).isEqualTo("8\n");
    }

    @Test
    void systemExitEndsTheSessionWithAClearMessage() {
        CellRun exit = cells.run("learner-e", "page", 0, "System.out.println(\"bye\");\nSystem.exit(0);", List.of()).get(0);
        assertThat(exit.ending()).isEqualTo(CellEnding.SESSION_ENDED);
        assertThat(exit.message()).contains("exit code 0").contains("fresh session");
        CellRun after = cells.run("learner-e", "page", 0, "System.out.println(\"again\");", List.of()).get(0);
        assertThat(after.stdout()).isEqualTo("again\n");
    }

    @Test
    void theSandboxHasNoNetworkAndNoHostFiles() {
        CellRun run = cells.run("learner-f", "page", 0, """
                import java.nio.file.*;
                System.out.println(Files.exists(Path.of("/etc/passwd")) + " " + Files.exists(Path.of("/root")) + " " + Files.exists(Path.of("/work")));
                try (var s = new java.net.Socket("127.0.0.1", 22)) { System.out.println("connected"); } catch (Exception e) { System.out.println("no network"); }
                System.out.println(System.getProperty("user.name"));
                """, List.of()).get(0);
        assertThat(run.stdout()).isEqualTo("false false false\nno network\n?\n");
    }
}
