package dojo.grader.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.grader.lab.Lab;
import dojo.grader.lab.LabCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionBuilderTest {
    @TempDir
    static Path layerDir;

    @TempDir
    Path dir;

    static SubmissionBuilder builder;
    static Lab lab;

    @BeforeAll
    static void setUp() {
        builder = new SubmissionBuilder(Layer.extract(layerDir));
        lab = LabCatalog.load(Path.of("../labs"), Set.of("dynamodb", "sqs", "s3")).require("first-handler");
    }

    @Test
    void theReferenceSolutionBuildsIntoAPackageWithItsClassesAndTheLayerInLib() throws IOException {
        Build build = builder.build(lab.solutionDir(), lab, dir);
        assertThat(build.errors()).isEmpty();
        assertThat(build.sources()).containsExactly("greeter/Greeter.java");
        assertThat(entries(build.zip().bytes())).contains("greeter/Greeter.class", "lib/aws-lambda-java-core.jar",
                "lib/aws-lambda-java-events.jar", "lib/jackson-databind.jar");
    }

    @Test
    void compileErrorsComeBackOnePerErrorWithFileLineAndMessage() throws IOException {
        Path source = dir.resolve("src/greeter/Greeter.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, String.join("\n",
                "package greeter;",
                "public class Greeter {",
                "    int a = \"text\";",
                "    void b() { undefined(); }",
                "}"));
        Build build = builder.build(dir.resolve("src"), lab, dir.resolve("out"));
        assertThat(build.succeeded()).isFalse();
        assertThat(build.errors()).extracting(CompileError::toString).containsExactly(
                "greeter/Greeter.java:3: error: incompatible types: java.lang.String cannot be converted to int",
                "greeter/Greeter.java:4: error: cannot find symbol\n  symbol:   method undefined()\n  location: class greeter.Greeter");
        assertThat(build.errors().get(0).column()).isEqualTo(13);
    }

    @Test
    void aSubmissionWithoutTheHandlerClassIsToldWhichClassesItHas() throws IOException {
        Path source = dir.resolve("Hello.java");
        Files.writeString(source, "package hello; public class Hello {}");
        Build build = builder.build(source, lab, dir.resolve("out"));
        assertThat(build.errors()).extracting(CompileError::message).containsExactly("the lab's handler is "
                + "greeter.Greeter::handleRequest, but the submission has no class greeter.Greeter. Classes found: "
                + "[hello.Hello]. Check the package line and the class name");
    }

    @Test
    void aFileThatIsNotJavaIsAResultNotACrash() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "hello");
        Build build = builder.build(notes, lab, dir.resolve("out"));
        assertThat(build.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("notes.txt");
            assertThat(e.message()).startsWith("expected a Java source file (.java) or a folder of them");
        });
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
