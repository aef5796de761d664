package dojo.grader.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabCatalogTest {
    static final Path LABS = Path.of("../labs");

    @TempDir
    Path dir;

    @Test
    void everyLabInTheRepositoryLoadsWithoutProblems() {
        LabCatalog catalog = LabCatalog.load(LABS, Set.of("dynamodb", "sqs", "s3"));
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.labs()).containsKey("first-handler");
        Lab lab = catalog.require("first-handler");
        assertThat(lab.settings()).isEqualTo(new LabSettings("greeter.Greeter::handleRequest", "java17", 256, 5));
        assertThat(lab.events()).containsKeys("ada", "no-name");
        assertThat(lab.hints()).hasSizeGreaterThan(1);
        assertThat(lab.wrongVariants()).extracting(WrongVariant::name).contains("static-counter");
    }

    @Test
    void aMalformedLabIsReportedWithItsFileAndTheOtherLabsStillLoad() throws IOException {
        copy(LABS.resolve("first-handler"), dir.resolve("good-lab"));
        copy(LABS.resolve("first-handler"), dir.resolve("bad-lab"));
        Path readme = dir.resolve("bad-lab/README.md");
        Files.writeString(readme, Files.readString(readme).replace("memory: 256", "memory: lots"));

        LabCatalog catalog = LabCatalog.load(dir, Set.of());

        assertThat(catalog.labs()).containsOnlyKeys("good-lab");
        assertThat(catalog.problems()).singleElement().satisfies(p -> {
            assertThat(p.labId()).isEqualTo("bad-lab");
            assertThat(p.file()).isEqualTo(readme);
            assertThat(p.problem()).isEqualTo("front matter key 'memory' should be a whole number from 128 to 10240, found 'lots'");
        });
    }

    @Test
    void aWrongVariantWithoutFailsTxtNamesTheMissingFile() throws IOException {
        copy(LABS.resolve("first-handler"), dir.resolve("lab"));
        Files.delete(dir.resolve("lab/wrong/no-log/fails.txt"));

        LabProblem problem = LabCatalog.load(dir, Set.of()).problems().get(0);

        assertThat(problem.file()).isEqualTo(dir.resolve("lab/wrong/no-log/fails.txt"));
        assertThat(problem.problem()).isEqualTo("expected this file, found nothing; create it");
    }

    @Test
    void unknownFrontMatterKeysAndLibrariesOutsideTheLayerAreProblems() throws IOException {
        copy(LABS.resolve("first-handler"), dir.resolve("lab"));
        Path readme = dir.resolve("lab/README.md");
        String text = Files.readString(readme);
        Files.writeString(readme, text.replace("timeout: 5", "timeout: 5\nlibraries: [kinesis]"));
        assertThat(LabCatalog.load(dir, Set.of("dynamodb")).problems().get(0).problem())
                .isEqualTo("library 'kinesis' is not in the grader's layer; expected one of [dynamodb]");
        Files.writeString(readme, text.replace("timeout: 5", "timeout: 5\ncolour: blue"));
        assertThat(LabCatalog.load(dir, Set.of()).problems().get(0).problem()).startsWith("unknown front matter keys [colour]");
    }

    @Test
    void anUnknownLabIdIsRefusedWithTheListOfLabs() {
        LabCatalog catalog = LabCatalog.load(LABS, Set.of("dynamodb", "sqs", "s3"));
        assertThatThrownBy(() -> catalog.require("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown lab 'nope'. Labs in ../labs: ").hasMessageContaining("first-handler");
    }

    @Test
    void hintsAreSplitAtTheirHeadingsAndTextBeforeTheFirstIsRefused() {
        Path file = dir.resolve("hints.md");
        assertThat(Hints.parse(file, "## One\nfirst\n\n## Two\nsecond\n"))
                .containsExactly(new Hint("One", "first\n"), new Hint("Two", "second\n"));
        assertThatThrownBy(() -> Hints.parse(file, "stray\n## One\nx\n")).isInstanceOf(LabFormatException.class)
                .hasMessage("expected each hint to start with a '## ' heading, found text before the first one: 'stray'");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
