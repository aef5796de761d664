package dojo.course.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One quiz question as parsed from a lesson: prompt, choices and explanation already rendered to
 * HTML, and the answer key, which never leaves the server before the learner answers. For
 * {@link QuestionType#NUMERIC} the key is {@code number} within {@code tolerance}; otherwise it
 * is the set of correct choice indexes.
 */
public record Question(
        String id,
        QuestionType type,
        String promptHtml,
        List<String> choicesHtml,
        Set<Integer> correctChoices,
        BigDecimal number,
        BigDecimal tolerance,
        String unit,
        String explanationHtml) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(promptHtml, "promptHtml");
        Objects.requireNonNull(explanationHtml, "explanationHtml");
        choicesHtml = List.copyOf(choicesHtml);
        correctChoices = Set.copyOf(correctChoices);
        if (type == QuestionType.NUMERIC) {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(tolerance, "tolerance");
        } else if (correctChoices.isEmpty() || correctChoices.stream().anyMatch(outside(choicesHtml.size()))) {
            throw new IllegalArgumentException("Expected correct choices among 0.." + (choicesHtml.size() - 1)
                    + " for question " + id + ", found " + correctChoices);
        }
    }

    private static java.util.function.Predicate<Integer> outside(int choiceCount) {
        return i -> i < 0 || i >= choiceCount;
    }
}
