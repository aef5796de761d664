package dojo.grader.compile;

import dojo.grader.lab.Lab;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Compiles a submission for a lab against the layer and packs it as a Lambda deployment
 * package. Learner mistakes (no sources, compile errors, no handler class) come back in the
 * {@link Build}; only platform faults throw. Thread-safe.
 */
public final class SubmissionBuilder {
    private final Layer layer;

    public SubmissionBuilder(Layer layer) {
        this.layer = layer;
    }

    /** Builds in {@code workDir} (an empty folder the caller owns and deletes). */
    public Build build(Path submission, Lab lab, Path workDir) {
        if (Files.isRegularFile(submission) && !submission.getFileName().toString().endsWith(".java")) {
            return failed(List.of(), submission.getFileName().toString(),
                    "expected a Java source file (.java) or a folder of them, found this file; submit your handler's .java file");
        }
        List<SourceFile> sources = SubmissionSources.of(submission, lab.providedDir());
        List<String> names = sources.stream().map(SourceFile::name).toList();
        if (names.stream().allMatch(n -> n.startsWith("(provided) "))) {
            return failed(names, "", "expected at least one .java file in the submission, found none");
        }
        List<Path> jars = layer.jarsFor(lab.libraries());
        Path classes = workDir.resolve("classes");
        try {
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CompileError> errors = Javac.compile(sources, jars, classes);
        if (!errors.isEmpty()) {
            return new Build(names, errors, null);
        }
        String handlerClass = lab.settings().handler().replaceFirst("::.*", "");
        if (!Files.isRegularFile(classes.resolve(handlerClass.replace('.', '/') + ".class"))) {
            return failed(names, "", "the lab's handler is " + lab.settings().handler() + ", but the submission has no class "
                    + handlerClass + ". Classes found: " + classNames(classes) + ". Check the package line and the class name");
        }
        return new Build(names, List.of(), new DeploymentZip(zip(classes, jars)));
    }

    private static Build failed(List<String> names, String file, String message) {
        return new Build(names, List.of(new CompileError(file, 0, 0, message)), null);
    }

    private static byte[] zip(Path classes, List<Path> jars) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(classes)) {
            // Jars are compressed already; deflating them again costs time and saves nothing.
            zip.setLevel(Deflater.BEST_SPEED);
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(f)) {
                    add(zip, classes.relativize(f).toString().replace('\\', '/'), f);
                }
            }
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (Path jar : jars) {
                add(zip, "lib/" + jar.getFileName(), jar);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot pack the deployment package from " + classes, e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static List<String> classNames(Path classes) {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.map(f -> classes.relativize(f).toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .forEach(n -> names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(names);
    }
}
