package dojo.course.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A lesson's front matter (content/README.md, "Front matter"). */
public record LessonMeta(String title, int order, String summary, List<String> labs, int minutes) {
    private static final Set<String> KEYS = Set.of("title", "order", "summary", "labs", "minutes");

    public LessonMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        labs = List.copyOf(labs);
    }

    /** Reads and checks front matter; returns null after adding errors to {@code problems}. */
    static LessonMeta from(JsonNode yaml, String file, int line, int expectedOrder, List<ContentProblem> problems) {
        int before = problems.size();
        if (!yaml.isObject()) {
            problems.add(ContentProblem.error(file, line, "expected front matter to be a YAML map with keys " + sorted(KEYS)
                    + ", found " + yaml.getNodeType()));
            return null;
        }
        yaml.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                problems.add(ContentProblem.error(file, line, "unknown front matter key '" + key + "'; allowed keys are "
                        + sorted(KEYS)));
            }
        });
        String title = text(yaml, "title", file, line, problems);
        String summary = text(yaml, "summary", file, line, problems);
        if (summary != null && summary.length() > 200) {
            problems.add(ContentProblem.error(file, line, "expected a summary of at most 200 characters, found "
                    + summary.length()));
        }
        int order = integer(yaml, "order", file, line, problems);
        if (order != Integer.MIN_VALUE && order != expectedOrder) {
            problems.add(ContentProblem.error(file, line, "expected order: " + expectedOrder
                    + " (the file's number and its position in course.yml), found " + order));
        }
        int minutes = integer(yaml, "minutes", file, line, problems);
        if (minutes != Integer.MIN_VALUE && (minutes < 5 || minutes > 90)) {
            problems.add(ContentProblem.error(file, line, "expected minutes between 5 and 90, found " + minutes));
        }
        List<String> labs = new ArrayList<>();
        JsonNode labsNode = yaml.get("labs");
        if (labsNode == null || !labsNode.isArray()) {
            problems.add(ContentProblem.error(file, line, "expected 'labs' as a list of lab ids (labs: [] for none), found "
                    + (labsNode == null ? "nothing" : labsNode.getNodeType())));
        } else {
            labsNode.forEach(lab -> {
                if (lab.isTextual() && lab.asText().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    labs.add(lab.asText());
                } else {
                    problems.add(ContentProblem.error(file, line, "expected lab ids like 'billing-report', found " + lab));
                }
            });
        }
        return problems.size() > before ? null : new LessonMeta(title, order, summary, labs, minutes);
    }

    private static String text(JsonNode yaml, String key, String file, int line, List<ContentProblem> problems) {
        JsonNode value = yaml.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            problems.add(ContentProblem.error(file, line, "expected '" + key + "' as a non-empty string, found "
                    + (value == null ? "nothing" : value.toString())));
            return null;
        }
        return value.asText().strip();
    }

    private static int integer(JsonNode yaml, String key, String file, int line, List<ContentProblem> problems) {
        JsonNode value = yaml.get(key);
        if (value == null || !value.canConvertToExactIntegral() || !value.isNumber()) {
            problems.add(ContentProblem.error(file, line, "expected '" + key + "' as an integer, found "
                    + (value == null ? "nothing" : value.toString())));
            return Integer.MIN_VALUE;
        }
        return value.asInt();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
