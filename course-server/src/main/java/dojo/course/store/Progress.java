package dojo.course.store;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A learner's progress: the lessons they have opened, and per lesson the latest verdict on each
 * quiz question they answered (question id to correct).
 */
public record Progress(Set<String> lessonsRead, Map<String, Map<String, Boolean>> answers) {

    public Progress {
        Objects.requireNonNull(lessonsRead, "lessonsRead");
        lessonsRead = Set.copyOf(lessonsRead);
        answers = Map.copyOf(answers);
    }

    public boolean read(String slug) {
        return lessonsRead.contains(slug);
    }

    public Map<String, Boolean> answers(String slug) {
        return answers.getOrDefault(slug, Map.of());
    }
}
