package dojo.grader.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One lab as read from {@code labs/<id>/} (see {@code labs/README.md} for the format).
 *
 * @param lesson the slug of the lesson this lab practises
 * @param libraries the AWS SDK v2 clients submissions may use (e.g. {@code dynamodb}), on top
 *     of aws-lambda-java-core, aws-lambda-java-events and Jackson, which every lab offers
 * @param due when hidden checks become visible; null when the lab has none
 * @param timeLimit the wall-clock bound of one grade
 * @param instructions the README's Markdown body
 * @param events sample events for "Run", by file name without {@code .json}, in name order
 */
public record Lab(
        String id,
        Path dir,
        String title,
        String summary,
        String lesson,
        LabSettings settings,
        List<String> libraries,
        Instant due,
        Duration timeLimit,
        String instructions,
        List<Hint> hints,
        Map<String, String> events,
        List<WrongVariant> wrongVariants) {

    public Lab {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(settings, "settings");
        libraries = List.copyOf(libraries);
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(instructions, "instructions");
        hints = List.copyOf(hints);
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
        wrongVariants = List.copyOf(wrongVariants);
    }

    public Path starterDir() {
        return dir.resolve("starter");
    }

    public Path solutionDir() {
        return dir.resolve("solution");
    }

    public Path checksDir() {
        return dir.resolve("checks");
    }

    /** Files compiled into every submission, replacing learner files of the same name. */
    public Optional<Path> providedDir() {
        Path provided = dir.resolve("provided");
        return Files.isDirectory(provided) ? Optional.of(provided) : Optional.empty();
    }
}
