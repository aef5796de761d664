package dojo.course.web;

import static dojo.course.Html.escape;

import dojo.course.content.CourseMap;
import dojo.course.content.Lesson;
import dojo.course.store.Progress;
import java.util.Optional;
import java.util.function.Function;

/** The course map: the course description and every lesson of course.yml in order, marked when read. */
final class CourseMapPage {
    private CourseMapPage() {
    }

    static String render(CourseMap course, Function<String, Optional<Lesson>> lessons, Progress progress) {
        StringBuilder html = new StringBuilder("<section class=\"course-map\">\n<h1>").append(escape(course.title())).append("</h1>\n")
                .append("<div class=\"course-description\">").append(course.descriptionHtml()).append("</div>\n<ol class=\"lessons\">\n");
        for (CourseMap.Entry entry : course.lessons()) {
            Optional<Lesson> lesson = lessons.apply(entry.slug());
            html.append("<li class=\"lesson-card\">");
            if (lesson.isPresent()) {
                html.append("<h2><a href=\"/lessons/").append(escape(entry.slug())).append("\">").append(entry.number()).append(". ")
                        .append(escape(lesson.get().meta().title())).append("</a></h2>")
                        .append("<p class=\"card-meta\">about ").append(lesson.get().meta().minutes()).append(" minutes")
                        .append(progress.read(entry.slug()) ? " · <span class=\"done\">read</span>" : "").append("</p>")
                        .append("<p>").append(entry.descriptionHtml()).append("</p>");
            } else {
                html.append("<h2>").append(entry.number()).append(". ").append(escape(entry.slug())).append("</h2>")
                        .append("<p class=\"unavailable\">This lesson is not available right now: its file has errors.</p>");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n</section>\n").toString();
    }
}
