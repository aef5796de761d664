package dojo.course.web;

import static dojo.course.Html.escape;

import dojo.course.content.CourseMap;
import dojo.course.content.Lesson;
import dojo.course.quiz.Question;
import dojo.course.store.LoginSession;
import dojo.course.store.Progress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Progress per lesson (read or not, and the quiz score: latest answer to each current question) and
 * per lab (status and best grade).
 */
final class DashboardPage {
    private DashboardPage() {
    }

    static String render(CourseMap course, Function<String, Optional<Lesson>> lessons, Progress progress, List<LabProgress> labs,
            LoginSession session) {
        StringBuilder rows = new StringBuilder();
        int read = 0;
        int correctTotal = 0;
        int questionTotal = 0;
        for (CourseMap.Entry entry : course.lessons()) {
            Optional<Lesson> lesson = lessons.apply(entry.slug());
            if (lesson.isEmpty()) {
                continue;
            }
            Map<String, Boolean> answers = progress.answers(entry.slug());
            int questions = lesson.get().questions().size();
            int answered = 0;
            int correct = 0;
            for (Question q : lesson.get().questions()) {
                Boolean verdict = answers.get(q.id());
                if (verdict != null) {
                    answered++;
                    correct += verdict ? 1 : 0;
                }
            }
            boolean isRead = progress.read(entry.slug());
            read += isRead ? 1 : 0;
            correctTotal += correct;
            questionTotal += questions;
            rows.append("<tr data-lesson=\"").append(escape(entry.slug())).append("\"><th scope=\"row\"><a href=\"/lessons/")
                    .append(escape(entry.slug())).append("\">").append(entry.number()).append(". ")
                    .append(escape(lesson.get().meta().title())).append("</a></th><td class=\"read\">")
                    .append(isRead ? "read" : "not yet").append("</td><td class=\"quiz-score\">").append(correct).append(" of ")
                    .append(questions).append(" right").append(answered < questions ? " (" + (questions - answered) + " unanswered)" : "")
                    .append("</td></tr>\n");
        }
        StringBuilder html = new StringBuilder("<section class=\"dashboard\">\n<h1>Your progress</h1>\n");
        if (session.learner().guest()) {
            html.append("<p class=\"notice\">You are learning as a guest; your progress is kept in this browser's session."
                    + " <a href=\"/register\">Register</a> to keep it for good: everything so far comes with you.</p>\n");
        } else {
            html.append("<p>Logged in as <strong>").append(escape(session.learner().username())).append("</strong>.</p>\n");
        }
        html.append("<p class=\"totals\">").append(read).append(" of ").append(course.lessons().size()).append(" lessons read · ")
                .append(correctTotal).append(" of ").append(questionTotal).append(" quiz questions right</p>\n")
                .append("<div class=\"table-wrap\"><table class=\"table\"><caption class=\"visually-hidden\">Progress per lesson</caption>")
                .append("<thead><tr><th scope=\"col\">Lesson</th><th scope=\"col\">Read</th><th scope=\"col\">Quiz</th></tr></thead>\n<tbody>\n")
                .append(rows).append("</tbody></table></div>\n");
        if (!labs.isEmpty()) {
            html.append(labTable(labs));
        }
        return html.append("</section>\n").toString();
    }

    private static String labTable(List<LabProgress> labs) {
        long passed = labs.stream().filter(l -> l.status().equals("passed")).count();
        StringBuilder html = new StringBuilder("<h2 id=\"labs-title\">Labs</h2>\n<p class=\"lab-totals\">").append(passed)
                .append(" of ").append(labs.size()).append(" labs passed</p>\n<div class=\"table-wrap\"><table class=\"table\"")
                .append(" aria-labelledby=\"labs-title\"><thead><tr><th scope=\"col\">Lab</th><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Best grade</th></tr></thead>\n<tbody>\n");
        for (LabProgress lab : labs) {
            html.append("<tr data-lab=\"").append(escape(lab.labId())).append("\"><th scope=\"row\"><a href=\"/labs/")
                    .append(escape(lab.labId())).append("\">").append(escape(lab.title())).append("</a></th><td class=\"lab-status")
                    .append(" lab-status-").append(lab.status().replace(' ', '-')).append("\">").append(lab.status())
                    .append("</td><td class=\"lab-best\">").append(lab.best().isEmpty() ? "—" : escape(lab.best()))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody></table></div>\n").toString();
    }
}
