package dojo.course.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Grades a learner's answer against a question's key, on the server. */
public final class AnswerCheck {
    /** digits, one decimal point, an optional leading minus (after dropping thousands separators) */
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

    private AnswerCheck() {
    }

    /**
     * Grades {@code answer}: a choice index for single, a list of indexes for multiple, a number or
     * numeric text for numeric questions.
     *
     * @throws InvalidAnswerException when the answer is not of the question's kind
     */
    public static Grade grade(Question question, JsonNode answer) {
        return switch (question.type()) {
            case SINGLE -> choices(question, Set.of(choice(question, answer)));
            case MULTIPLE -> choices(question, choiceSet(question, answer));
            case NUMERIC -> numeric(question, number(answer));
        };
    }

    /** Reads numeric input as content/README.md describes: "1,000,000", "0.60", "-3", "1 000". */
    public static BigDecimal number(JsonNode answer) {
        if (answer != null && answer.isNumber()) {
            return answer.decimalValue();
        }
        String text = answer == null || !answer.isTextual() ? "" : answer.asText().replaceAll("[,_\\s\\u00a0]", "");
        if (!NUMBER.matcher(text).matches()) {
            throw new InvalidAnswerException("Expected a number such as 1234.5 (thousands separators are fine), found "
                    + (answer == null ? "nothing" : answer.toString()));
        }
        return new BigDecimal(text);
    }

    private static Grade numeric(Question question, BigDecimal given) {
        boolean correct = given.subtract(question.number()).abs().compareTo(question.tolerance()) <= 0;
        String key = question.number().stripTrailingZeros().toPlainString()
                + (question.tolerance().signum() > 0 ? " (± " + question.tolerance().stripTrailingZeros().toPlainString() + ")" : "")
                + (question.unit() == null ? "" : " " + question.unit());
        return new Grade(question.id(), correct, List.of(), key, question.explanationHtml());
    }

    private static Grade choices(Question question, Set<Integer> chosen) {
        List<Integer> key = new ArrayList<>(new TreeSet<>(question.correctChoices()));
        return new Grade(question.id(), chosen.equals(question.correctChoices()), key, null, question.explanationHtml());
    }

    private static int choice(Question question, JsonNode answer) {
        if (answer == null || !(answer.isIntegralNumber() || answer.isTextual() && answer.asText().matches("\\d{1,2}"))) {
            throw new InvalidAnswerException("Expected the index of one choice (0 to " + (question.choicesHtml().size() - 1)
                    + "), found " + (answer == null ? "nothing" : answer.toString()));
        }
        int index = answer.asInt();
        if (index < 0 || index >= question.choicesHtml().size()) {
            throw new InvalidAnswerException("Expected a choice between 0 and " + (question.choicesHtml().size() - 1)
                    + ", found " + index);
        }
        return index;
    }

    private static Set<Integer> choiceSet(Question question, JsonNode answer) {
        if (answer == null || !answer.isArray() || answer.isEmpty()) {
            throw new InvalidAnswerException("Expected a list of the chosen choice indexes, at least one, found "
                    + (answer == null ? "nothing" : answer.toString()));
        }
        Set<Integer> chosen = new TreeSet<>();
        answer.forEach(a -> chosen.add(choice(question, a)));
        return chosen;
    }
}
