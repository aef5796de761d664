package dojo.course.content;

import dojo.course.quiz.Question;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rendered lesson, ready to serve: its slug, front matter, body HTML (cells, quizzes and figures
 * included), the runnable cells and quiz questions (with their answer keys, which stay on the
 * server), which browser libraries the page needs, and the content warnings found for it.
 */
public record Lesson(
        String slug,
        LessonMeta meta,
        String bodyHtml,
        List<Cell> cells,
        List<Question> questions,
        boolean hasFigures,
        boolean hasDiagrams,
        List<ContentProblem> warnings) {

    public Lesson {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        cells = List.copyOf(cells);
        questions = List.copyOf(questions);
        warnings = List.copyOf(warnings);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
