package dojo.course.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import dojo.course.content.ContentProblem;
import dojo.course.content.Yaml;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** Reads a {@code quiz} block's YAML into questions, reporting every rule of content/README.md it breaks. */
public final class QuizParser {
    private static final Set<String> KEYS = Set.of("id", "type", "prompt", "choices", "answer", "tolerance", "unit", "explanation");
    private final UnaryOperator<String> inlineMarkdown;
    private final UnaryOperator<String> blockMarkdown;

    public QuizParser(UnaryOperator<String> inlineMarkdown, UnaryOperator<String> blockMarkdown) {
        this.inlineMarkdown = inlineMarkdown;
        this.blockMarkdown = blockMarkdown;
    }

    /** Questions of a block whose YAML starts on {@code line} of {@code file}; broken questions are left out. */
    public List<Question> parse(String yaml, String file, int line, List<ContentProblem> problems) {
        JsonNode root;
        try {
            root = Yaml.parse(yaml);
        } catch (Yaml.YamlSyntaxException e) {
            problems.add(new ContentProblem(file, line + Math.max(0, e.line() - 1), true, "quiz: " + e.getMessage()));
            return List.of();
        }
        if (!root.isArray() || root.isEmpty()) {
            problems.add(new ContentProblem(file, line, true, "expected a quiz to be a YAML list of questions, found "
                    + root.getNodeType()));
            return List.of();
        }
        List<Question> questions = new ArrayList<>();
        for (JsonNode node : root) {
            Question q = question(node, file, line, problems);
            if (q != null) {
                questions.add(q);
            }
        }
        return questions;
    }

    private Question question(JsonNode node, String file, int line, List<ContentProblem> problems) {
        String id = node.path("id").asText("");
        String where = "quiz question '" + id + "': ";
        List<String> errors = new ArrayList<>();
        if (!node.isObject()) {
            problems.add(new ContentProblem(file, line, true, "expected each quiz question to be a map, found " + node));
            return null;
        }
        node.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                errors.add("unknown key '" + k + "'; allowed keys are " + new TreeSet<>(KEYS));
            }
        });
        if (!id.matches("[a-z0-9-]+")) {
            errors.add("expected an id of lowercase letters, digits and dashes, found '" + id + "'");
        }
        QuestionType type = switch (node.path("type").asText("")) {
            case "single" -> QuestionType.SINGLE;
            case "multiple" -> QuestionType.MULTIPLE;
            case "numeric" -> QuestionType.NUMERIC;
            default -> null;
        };
        if (type == null) {
            errors.add("expected type single, multiple or numeric, found '" + node.path("type").asText("") + "'");
        }
        String prompt = node.path("prompt").asText("");
        String explanation = node.path("explanation").asText("");
        if (prompt.isBlank()) {
            errors.add("expected a prompt");
        }
        if (explanation.isBlank()) {
            errors.add("expected an explanation");
        }
        List<String> choices = new ArrayList<>();
        Set<Integer> correct = new TreeSet<>();
        BigDecimal number = null;
        BigDecimal tolerance = null;
        JsonNode answer = node.path("answer");
        if (type == QuestionType.NUMERIC) {
            if (!answer.isNumber()) {
                errors.add("expected a number as answer, found " + answer);
            } else {
                number = answer.decimalValue();
            }
            JsonNode tol = node.path("tolerance");
            if (!tol.isNumber() || tol.decimalValue().signum() < 0) {
                errors.add("expected a tolerance of at least 0, found " + tol);
            } else {
                tolerance = tol.decimalValue();
            }
            if (node.has("choices")) {
                errors.add("a numeric question has no choices");
            }
        } else if (type != null) {
            JsonNode choiceNodes = node.path("choices");
            if (!choiceNodes.isArray() || choiceNodes.size() < 2 || choiceNodes.size() > 6) {
                errors.add("expected 2 to 6 choices, found " + (choiceNodes.isArray() ? choiceNodes.size() : choiceNodes));
            } else {
                choiceNodes.forEach(c -> choices.add(inlineMarkdown.apply(c.asText())));
            }
            if (type == QuestionType.SINGLE && answer.canConvertToExactIntegral() && answer.isNumber()) {
                correct.add(answer.asInt());
            } else if (type == QuestionType.MULTIPLE && answer.isArray() && !answer.isEmpty()) {
                answer.forEach(a -> correct.add(a.isIntegralNumber() ? a.asInt() : -1));
            } else {
                errors.add("expected as answer " + (type == QuestionType.SINGLE ? "the 0-based index of the correct choice"
                        : "a list of 0-based indexes of the correct choices") + ", found " + answer);
            }
            if (!choices.isEmpty() && correct.stream().anyMatch(i -> i < 0 || i >= choices.size())) {
                errors.add("expected answer indexes between 0 and " + (choices.size() - 1) + ", found " + answer);
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> problems.add(new ContentProblem(file, line, true, where + e)));
            return null;
        }
        String unit = node.hasNonNull("unit") ? node.get("unit").asText() : null;
        return new Question(id, type, inlineMarkdown.apply(prompt), choices, correct, number, tolerance, unit,
                blockMarkdown.apply(explanation));
    }
}
