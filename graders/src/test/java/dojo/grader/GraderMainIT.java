package dojo.grader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: exit statuses, messages, and the report files it writes. */
class GraderMainIT {
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return GraderMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listPrintsEveryLabWithItsTitleAndLesson() {
        assertThat(run("--list", "--labs", "../labs")).isZero();
        assertThat(out()).contains("first-handler\tYour first handler\t(lesson triggers-and-invocation)\n")
                .contains("beat-the-timeout\tBeat the timeout\t(lesson limits-and-when-not-to-use-lambda)\n");
    }

    @Test
    void anUnknownLabExitsTwoAndNamesTheLabsThereAre() {
        assertThat(run("--lab", "nope", "--submission", "x.java", "--labs", "../labs")).isEqualTo(2);
        assertThat(err()).startsWith("grader: Unknown lab 'nope'. Labs in ../labs: beat-the-timeout, first-handler");
    }

    @Test
    void badUsageExitsTwoWithTheProblemAndTheUsage() {
        assertThat(run("--lab", "first-handler")).isEqualTo(2);
        assertThat(err()).startsWith("grader: Expected --lab and --submission (or --list), found no --submission.\n")
                .contains("Usage: java -jar grader.jar --lab <lab-id> --submission <file-or-folder>");
        assertThat(run("--lab", "first-handler", "--submission", dir.resolve("missing.java").toString(), "--labs",
                "../labs")).isEqualTo(2);
        assertThat(err()).contains("expected a submission (a .java file or a folder) at ");
    }

    @Test
    void theReferenceSolutionIsGradedToAnExercismFileWithoutItsHiddenCheck() throws Exception {
        Path results = dir.resolve("results.json");
        assertThat(run("--lab", "first-handler", "--submission", "../labs/first-handler/solution", "--labs", "../labs",
                "--format", "exercism", "--out", results.toString())).as(err()).isZero();
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertThat(json.path("version").asInt()).isEqualTo(3);
        assertThat(json.path("status").asText()).as(json.toPrettyString()).isEqualTo("pass");
        assertThat(json.path("tests")).hasSize(7);
        assertThat(json.path("tests").get(0).path("name").asText()).isEqualTo("1. Greets the caller by name");
        assertThat(json.path("tests").get(0).path("test_code").asText()).startsWith("@Check(order = 1");
    }

    @Test
    void aSubmissionThatDoesNotCompileIsGradedAndExitsZero() throws Exception {
        Path source = dir.resolve("Greeter.java");
        Files.writeString(source, "package greeter;\npublic class Greeter {\n    int x = ;\n}\n");
        assertThat(run("--lab", "first-handler", "--submission", source.toString(), "--labs", "../labs", "--format",
                "gradescope")).as(err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.path("score").asDouble()).isZero();
        assertThat(json.path("output").asText()).contains("The submission does not compile (1 error)")
                .contains("Greeter.java:3: error: illegal start of expression");
    }
}
