package dojo.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dojo.course.cell.CellEnding;
import dojo.course.cell.CellLimits;
import dojo.course.cell.CellRun;
import dojo.course.cell.CellSessions;
import dojo.course.cell.SnippetResult;
import dojo.course.cell.SnippetStatus;
import dojo.course.content.Cell;
import dojo.course.content.ContentLibrary;
import dojo.course.content.ContentProblem;
import dojo.course.content.CourseMap;
import dojo.course.content.Lesson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course's real content/ (content/README.md, "Expected output"): every lesson is valid, and
 * its cells, run in order in a fresh session under a German locale and an Indian time zone,
 * compile, throw nothing, and print exactly their output blocks.
 */
class ContentIT {
    private static final Path CONTENT = Path.of(System.getProperty("dojo.content", "../content"));
    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> everyLessonIsValidAndItsCellsPrintTheirExpectedOutput() {
        assumeTrue(Files.isRegularFile(CONTENT.resolve("course.yml")), "no content/ folder at " + CONTENT.toAbsolutePath());
        ContentLibrary library = ContentLibrary.open(CONTENT, CONTENT.resolveSibling("labs"));
        List<ContentProblem> errors = library.problems().stream().filter(ContentProblem::error).toList();
        assertThat(errors).as("content errors").isEmpty();
        CellSessions cells = CellSessions.create(work, CellLimits.defaults(), false, InstantSource.system(),
                List.of("-Duser.language=de", "-Duser.country=DE", "-Duser.timezone=Asia/Kolkata"));
        List<DynamicTest> tests = new ArrayList<>();
        for (CourseMap.Entry entry : library.course().lessons()) {
            Lesson lesson = library.lesson(entry.slug()).orElseThrow();
            tests.add(DynamicTest.dynamicTest(entry.slug(), () -> runAll(cells, lesson)));
        }
        tests.add(DynamicTest.dynamicTest("close sessions", cells::close));
        return tests.stream();
    }

    private static void runAll(CellSessions cells, Lesson lesson) {
        List<String> above = new ArrayList<>();
        for (Cell cell : lesson.cells()) {
            CellRun run = cells.run("content-test", lesson.slug(), cell.index(), cell.code(), above).get(0);
            String where = lesson.slug() + " cell " + (cell.index() + 1);
            assertThat(run.ending()).as(where + ": " + run.message()).isEqualTo(CellEnding.COMPLETED);
            for (SnippetResult snippet : run.snippets()) {
                assertThat(snippet.status()).as(where + " line " + snippet.line() + ": " + snippet.problems()).isEqualTo(SnippetStatus.OK);
            }
            String expected = cell.expectedOutput() == null ? "" : cell.expectedOutput();
            assertThat(Cell.sameOutput(expected, run.stdout())).as(where + " printed:\n" + run.stdout() + "\nexpected:\n" + expected)
                    .isTrue();
            above.add(cell.code());
        }
        cells.reset("content-test", lesson.slug());
    }
}
