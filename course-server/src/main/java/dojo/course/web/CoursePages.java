package dojo.course.web;

import dojo.course.content.ContentLibrary;
import dojo.course.content.CourseMap;
import dojo.course.content.Labs;
import dojo.course.content.Lesson;
import dojo.course.store.LabStore;
import dojo.course.store.LoginSession;
import dojo.course.store.ProgressStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.InstantSource;
import java.util.stream.Collectors;

/** The reading pages: the course map, lessons (marked read when opened) and the progress dashboard. */
final class CoursePages implements RouteGroup {
    private final ContentLibrary content;
    private final ProgressStore progress;
    private final String priceSheetJson;
    private final Labs labs;
    private final LabStore labStore;
    private final InstantSource clock;

    CoursePages(ContentLibrary content, ProgressStore progress, String priceSheetJson, Labs labs, LabStore labStore,
            InstantSource clock) {
        this.content = content;
        this.progress = progress;
        this.priceSheetJson = priceSheetJson;
        this.labs = labs;
        this.labStore = labStore;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", this::courseMap);
        routes.get("/lessons/{slug}", this::lesson);
        routes.get("/dashboard", this::dashboard);
    }

    private void courseMap(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        CourseMap course = content.course();
        Layout.send(ctx, 200, Layout.page(course.title(), course.title(), session,
                CourseMapPage.render(course, content::lesson, progress.progress(session.learner().id())), Layout.Assets.NONE));
    }

    private void lesson(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        Lesson lesson = lesson(content, ctx.pathParam("slug"));
        progress.markRead(session.learner().id(), lesson.slug());
        CourseMap course = content.course();
        Layout.send(ctx, 200, Layout.page(lesson.meta().title(), course.title(), session,
                LessonPage.render(lesson, course, content::lesson, priceSheetJson),
                new Layout.Assets(true, lesson.hasDiagrams(), lesson.hasFigures())));
    }

    private void dashboard(Context ctx) {
        LoginSession session = Visitors.session(ctx);
        CourseMap course = content.course();
        Layout.send(ctx, 200, Layout.page("Your progress", course.title(), session,
                DashboardPage.render(course, content::lesson, progress.progress(session.learner().id()),
                        LabProgress.of(labs, labStore.activity(session.learner().id()), clock.instant()), session),
                Layout.Assets.NONE));
    }

    /** The lesson, or a 404 that says what exists (or why this one is not served). */
    static Lesson lesson(ContentLibrary content, String slug) {
        return content.lesson(slug).orElseThrow(() -> {
            CourseMap course = content.course();
            if (course.entry(slug).isPresent()) {
                return new HttpError(404, "The lesson '" + slug + "' is not available: its file has errors ("
                        + content.problems(slug).stream().filter(p -> p.error()).map(Object::toString)
                                .collect(Collectors.joining("; ")) + ")");
            }
            return new HttpError(404, "There is no lesson '" + slug + "'. The lessons are: " + course.lessons().stream()
                    .map(CourseMap.Entry::slug).collect(Collectors.joining(", ")) + ".");
        });
    }
}
