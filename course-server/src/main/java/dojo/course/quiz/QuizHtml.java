package dojo.course.quiz;

import static dojo.course.Html.escape;

import java.util.List;

/**
 * A quiz as HTML forms, one per question, without answers or explanations: those come from the
 * server after the learner answers. Each form works by keyboard alone.
 */
public final class QuizHtml {
    private QuizHtml() {
    }

    public static String render(String lessonSlug, List<Question> questions) {
        StringBuilder html = new StringBuilder("<section class=\"quiz\" aria-label=\"Quiz\">\n");
        int number = 0;
        for (Question q : questions) {
            number++;
            String name = "q-" + escape(q.id());
            html.append("<form class=\"quiz-question\" method=\"post\" data-question=\"").append(escape(q.id()))
                    .append("\" data-type=\"").append(q.type().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\" action=\"/lessons/").append(escape(lessonSlug)).append("/quiz/").append(escape(q.id())).append("\">\n")
                    .append("<fieldset>\n<legend><span class=\"quiz-number\">").append(number).append(".</span> ")
                    .append(q.promptHtml()).append("</legend>\n");
            switch (q.type()) {
                case SINGLE, MULTIPLE -> {
                    String input = q.type() == QuestionType.SINGLE ? "radio" : "checkbox";
                    for (int i = 0; i < q.choicesHtml().size(); i++) {
                        html.append("<label class=\"choice\"><input type=\"").append(input).append("\" name=\"").append(name)
                                .append("\" value=\"").append(i).append("\"> <span>").append(q.choicesHtml().get(i))
                                .append("</span></label>\n");
                    }
                    if (q.type() == QuestionType.MULTIPLE) {
                        html.append("<p class=\"hint\">Select every correct answer.</p>\n");
                    }
                }
                case NUMERIC -> html.append("<label class=\"numeric\"><span class=\"visually-hidden\">Your answer</span>")
                        .append("<input type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" name=\"").append(name)
                        .append("\" required> ").append(q.unit() == null ? "" : "<span class=\"unit\">" + escape(q.unit()) + "</span>")
                        .append("</label>\n");
            }
            html.append("</fieldset>\n<button type=\"submit\">Check answer</button>\n")
                    .append("<div class=\"quiz-feedback\" role=\"status\" aria-live=\"polite\"></div>\n</form>\n");
        }
        return html.append("</section>\n").toString();
    }
}
