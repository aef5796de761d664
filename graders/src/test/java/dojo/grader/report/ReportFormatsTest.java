package dojo.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests: each folder under {@code golden/} holds a grade ({@code report.json}) and the
 * exact text, Exercism and Gradescope renderings expected of it. Set -Dgolden.update=true to
 * rewrite the expectations after a deliberate change, then review the diff.
 */
class ReportFormatsTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @TestFactory
    Stream<DynamicTest> everyScenarioRendersAsItsGoldenFiles() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            scenarios = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(scenarios).isNotEmpty();
        return scenarios.stream().flatMap(dir -> Stream.of(
                DynamicTest.dynamicTest(dir.getFileName() + " as text", () -> golden(dir, "text.txt", TextReport.render(report(dir)))),
                DynamicTest.dynamicTest(dir.getFileName() + " as Exercism v3", () -> golden(dir, "exercism.json",
                        ExercismReport.render(report(dir)))),
                DynamicTest.dynamicTest(dir.getFileName() + " as Gradescope", () -> golden(dir, "gradescope.json",
                        GradescopeReport.render(report(dir))))));
    }

    @Test
    void hiddenChecksAreLeftOutUntilTheDueDate() throws IOException {
        GradeReport report = report(GOLDEN.resolve("first-failure"));
        assertThat(report.visibleAt(Instant.parse("2026-02-28T23:59:59Z")).checks()).extracting(CheckResult::id)
                .doesNotContain("trimsSpacesAroundTheName").hasSize(3);
        assertThat(report.visibleAt(Instant.parse("2026-03-01T00:00:00Z")).checks()).hasSize(4);
    }

    @Test
    void theFirstFailureIsTheFirstCheckInOrderThatDidNotPass() throws IOException {
        assertThat(report(GOLDEN.resolve("first-failure")).firstFailure()).get().extracting(CheckResult::id)
                .isEqualTo("answersTheSameInEveryEnvironment");
    }

    static GradeReport report(Path dir) throws IOException {
        return JSON.readValue(dir.resolve("report.json").toFile(), GradeReport.class);
    }

    private static void golden(Path dir, String name, String rendered) throws IOException {
        Path file = dir.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, rendered);
        }
        String expected = Files.readString(file);
        if (name.endsWith(".json")) {
            assertThat(JSON.readTree(rendered)).isEqualTo(JSON.readTree(expected));
        } else {
            assertThat(rendered).isEqualTo(expected);
        }
    }
}
