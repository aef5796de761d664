package dojo.course.content;

import static dojo.course.Html.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code figure} blocks: checks the parameters of each kind against content/README.md and
 * renders a placeholder element that static/figures.js turns into the live figure.
 */
final class Figures {
    private record Range(double min, double max, boolean integer) {
    }

    private static final Map<String, Map<String, Object>> KINDS = Map.of(
            "pricing-calculator", params(
                    "memoryMb", new Range(128, 10240, true),
                    "durationMs", new Range(1, 900_000, false),
                    "invocationsPerMonth", new Range(0, 1e10, true),
                    "architecture", "architecture",
                    "freeTier", "boolean"),
            "cost-vs-memory", params(
                    "cpuMs", new Range(0, 900_000, false),
                    "fixedMs", new Range(0, 900_000, false),
                    "threads", new Range(1, 6, true),
                    "memoryFromMb", new Range(128, 10240, true),
                    "memoryToMb", new Range(128, 10240, true),
                    "memoryStepMb", new Range(1, 10112, true),
                    "invocationsPerMonth", new Range(0, 1e10, true),
                    "architecture", "architecture",
                    "freeTier", "boolean"));

    private static final Map<String, String> CAPTIONS = Map.of(
            "pricing-calculator", "Pricing calculator",
            "cost-vs-memory", "Duration and monthly cost against memory");

    private Figures() {
    }

    /** The figure's HTML, or null after adding problems. */
    static String render(String yaml, String file, int line, List<ContentProblem> problems) {
        JsonNode root;
        try {
            root = Yaml.parse(yaml);
        } catch (Yaml.YamlSyntaxException e) {
            problems.add(ContentProblem.error(file, line + Math.max(0, e.line() - 1), "figure: " + e.getMessage()));
            return null;
        }
        String kind = root.path("kind").asText("");
        Map<String, Object> spec = KINDS.get(kind);
        if (spec == null) {
            problems.add(ContentProblem.error(file, line, "expected a figure kind among " + KINDS.keySet().stream().sorted().toList()
                    + ", found '" + kind + "'"));
            return null;
        }
        int before = problems.size();
        root.fieldNames().forEachRemaining(key -> {
            if (!key.equals("kind") && !spec.containsKey(key)) {
                problems.add(ContentProblem.error(file, line, "figure " + kind + ": unknown key '" + key + "'; allowed keys are "
                        + spec.keySet().stream().sorted().toList()));
            }
        });
        spec.forEach((key, rule) -> check(kind, key, rule, root.get(key), file, line, problems));
        if (kind.equals("cost-vs-memory") && problems.size() == before
                && root.get("memoryFromMb").asInt() >= root.get("memoryToMb").asInt()) {
            problems.add(ContentProblem.error(file, line, "figure cost-vs-memory: expected memoryFromMb below memoryToMb, found "
                    + root.get("memoryFromMb") + " and " + root.get("memoryToMb")));
        }
        if (problems.size() > before) {
            return null;
        }
        ObjectNode params = ((ObjectNode) root).deepCopy();
        params.remove("kind");
        return "<figure class=\"dojo-figure\" data-kind=\"" + escape(kind) + "\" data-params=\"" + escape(params.toString())
                + "\">\n<figcaption>" + escape(CAPTIONS.get(kind)) + "</figcaption>\n"
                + "<div class=\"figure-body\"><p class=\"figure-fallback\">This figure is drawn by JavaScript in your browser.</p></div>\n"
                + "</figure>\n";
    }

    private static void check(String kind, String key, Object rule, JsonNode value, String file, int line,
            List<ContentProblem> problems) {
        String where = "figure " + kind + ": ";
        if (value == null) {
            problems.add(ContentProblem.error(file, line, where + "expected key '" + key + "', found nothing"));
        } else if (rule instanceof Range r) {
            boolean ok = value.isNumber() && (!r.integer() || value.canConvertToExactIntegral())
                    && value.asDouble() >= r.min() && value.asDouble() <= r.max();
            if (!ok) {
                problems.add(ContentProblem.error(file, line, where + "expected " + key + " as " + (r.integer() ? "an integer" : "a number")
                        + " from " + (long) r.min() + " to " + (long) r.max() + ", found " + value));
            }
        } else if (rule.equals("architecture") && !(value.asText().equals("x86_64") || value.asText().equals("arm64"))) {
            problems.add(ContentProblem.error(file, line, where + "expected architecture x86_64 or arm64, found " + value));
        } else if (rule.equals("boolean") && !value.isBoolean()) {
            problems.add(ContentProblem.error(file, line, where + "expected " + key + " as true or false, found " + value));
        }
    }

    private static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
