package dojo.course.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** A learner's files written out as the folder the grader compiles, and removed after the grade. */
final class SubmissionFolder {
    private SubmissionFolder() {
    }

    static void write(Path folder, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IllegalArgumentException("Expected a path inside the lab's sources, found '" + file.getKey() + "'");
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the submission to " + folder, e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover folder under the work directory holds only a copy of the learner's sources
        }
    }
}
