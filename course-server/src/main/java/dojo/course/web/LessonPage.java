package dojo.course.web;

import static dojo.course.Html.escape;

import dojo.course.content.CourseMap;
import dojo.course.content.Lesson;
import java.util.Optional;
import java.util.function.Function;

/** The main part of a lesson page: header, rendered body, and previous/next navigation. */
final class LessonPage {
    private LessonPage() {
    }

    static String render(Lesson lesson, CourseMap course, Function<String, Optional<Lesson>> lessons, String priceSheetJson) {
        int number = course.entry(lesson.slug()).map(CourseMap.Entry::number).orElse(lesson.meta().order());
        StringBuilder html = new StringBuilder(lesson.bodyHtml().length() + 2048)
                .append("<article class=\"lesson\" data-lesson=\"").append(escape(lesson.slug())).append("\">\n<header>")
                .append("<p class=\"lesson-meta\">Lesson ").append(number).append(" of ").append(course.lessons().size())
                .append(" · about ").append(lesson.meta().minutes()).append(" minutes</p>\n<h1>")
                .append(escape(lesson.meta().title())).append("</h1>\n<p class=\"summary\">").append(escape(lesson.meta().summary()))
                .append("</p></header>\n").append(lesson.bodyHtml()).append(labs(lesson))
                .append(pager(lesson.slug(), course, lessons)).append("</article>\n");
        if (lesson.hasFigures()) {
            // data for static/figures.js: the engine's price sheet, so figures and bills agree
            html.append("<script type=\"application/json\" id=\"price-sheet\">").append(priceSheetJson.replace("</", "<\\/"))
                    .append("</script>\n");
        }
        return html.toString();
    }

    private static String labs(Lesson lesson) {
        if (lesson.meta().labs().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section class=\"lesson-labs\" aria-label=\"Labs\"><h2>Labs</h2><ul>");
        lesson.meta().labs().forEach(id -> html.append("<li><a href=\"/labs/").append(escape(id)).append("\">Lab: ")
                .append(escape(id)).append("</a></li>"));
        return html.append("</ul></section>\n").toString();
    }

    private static String pager(String slug, CourseMap course, Function<String, Optional<Lesson>> lessons) {
        StringBuilder nav = new StringBuilder("<nav class=\"pager\" aria-label=\"Previous and next lesson\">");
        course.previous(slug).ifPresentOrElse(
                e -> nav.append("<a rel=\"prev\" href=\"/lessons/").append(escape(e.slug())).append("\"><span>Previous</span> ")
                        .append(e.number()).append(". ").append(escape(title(e, lessons))).append("</a>"),
                () -> nav.append("<span></span>"));
        nav.append("<a href=\"/\">Course map</a>");
        course.next(slug).ifPresentOrElse(
                e -> nav.append("<a rel=\"next\" href=\"/lessons/").append(escape(e.slug())).append("\"><span>Next</span> ")
                        .append(e.number()).append(". ").append(escape(title(e, lessons))).append("</a>"),
                () -> nav.append("<span></span>"));
        return nav.append("</nav>\n").toString();
    }

    static String title(CourseMap.Entry entry, Function<String, Optional<Lesson>> lessons) {
        return lessons.apply(entry.slug()).map(l -> l.meta().title()).orElse(entry.slug());
    }
}
