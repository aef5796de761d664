package dojo.grader.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java sources of a submission (one file, or every {@code .java} under a folder) plus the
 * lab's provided files, which replace learner files of the same name so that a submission
 * cannot change what the lab gives.
 */
final class SubmissionSources {
    private SubmissionSources() {}

    static List<SourceFile> of(Path submission, Optional<Path> provided) {
        List<SourceFile> learner = javaFiles(submission);
        List<SourceFile> given = provided.map(SubmissionSources::javaFiles).orElse(List.of());
        Set<String> givenNames = given.stream().map(s -> s.path().getFileName().toString()).collect(Collectors.toSet());
        List<SourceFile> all = new ArrayList<>();
        for (SourceFile s : learner) {
            if (!givenNames.contains(s.path().getFileName().toString())) {
                all.add(s);
            }
        }
        for (SourceFile s : given) {
            all.add(new SourceFile("(provided) " + s.name(), s.path()));
        }
        return all;
    }

    static List<SourceFile> javaFiles(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(new SourceFile(root.getFileName().toString(), root));
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Expected a submission file or folder at " + root + ", found nothing there");
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".java")).sorted()
                    .map(f -> new SourceFile(root.relativize(f).toString(), f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the submission's files under " + root, e);
        }
    }
}
