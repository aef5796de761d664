package dojo.course.quiz;

import java.util.List;
import java.util.Objects;

/**
 * The server's verdict on one answer, sent to the browser only after the learner answered:
 * whether it was right, the correct choices (choice questions) or the correct number as text
 * (numeric questions), and the explanation as HTML.
 */
public record Grade(String questionId, boolean correct, List<Integer> correctChoices, String correctAnswer, String explanationHtml) {

    public Grade {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(explanationHtml, "explanationHtml");
        correctChoices = List.copyOf(correctChoices);
    }
}
