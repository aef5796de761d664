package dojo.course.web;

import com.fasterxml.jackson.databind.JsonNode;
import dojo.course.content.ContentLibrary;
import dojo.course.content.Lesson;
import dojo.course.quiz.AnswerCheck;
import dojo.course.quiz.Grade;
import dojo.course.quiz.InvalidAnswerException;
import dojo.course.quiz.Question;
import dojo.course.store.LoginSession;
import dojo.course.store.ProgressStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Answering quiz questions: {@code POST /lessons/{slug}/quiz/{id}} with {@code {"answer": ...}}
 * grades on the server, records the verdict as progress and answers with the {@link Grade}
 * (including the explanation, which the page did not have before).
 */
final class QuizRoutes implements RouteGroup {
    private final ContentLibrary content;
    private final ProgressStore progress;

    QuizRoutes(ContentLibrary content, ProgressStore progress) {
        this.content = content;
        this.progress = progress;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/lessons/{slug}/quiz/{id}", this::answer);
    }

    private void answer(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        Lesson lesson = CoursePages.lesson(content, ctx.pathParam("slug"));
        String id = ctx.pathParam("id");
        Question question = lesson.question(id).orElseThrow(() -> new HttpError(404, "Lesson '" + lesson.slug()
                + "' has no quiz question '" + id + "'; its questions are " + lesson.questions().stream().map(Question::id).toList()));
        JsonNode body = Json.body(ctx, 4096);
        Grade grade;
        try {
            grade = AnswerCheck.grade(question, body.get("answer"));
        } catch (InvalidAnswerException e) {
            throw new HttpError(400, e.getMessage());
        }
        progress.recordAnswer(session.learner().id(), lesson.slug(), question.id(), grade.correct());
        Json.send(ctx, 200, grade);
    }
}
