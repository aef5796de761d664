package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A request's ExpressionAttributeNames ({@code #n}) and ExpressionAttributeValues ({@code :v}),
 * shared by all of its expressions, with the check AWS makes that every one was used.
 */
final class Placeholders {
    private final Map<String, String> names;
    private final Map<String, Value> values;
    private final Set<String> usedNames = new LinkedHashSet<>();
    private final Set<String> usedValues = new LinkedHashSet<>();

    private Placeholders(Map<String, String> names, Map<String, Value> values) {
        this.names = names;
        this.values = values;
    }

    static Placeholders none() {
        return new Placeholders(Map.of(), Map.of());
    }

    /** Reads both maps of a request; {@code expressionsUsed} says whether it has any expression. */
    static Placeholders of(JsonNode request, boolean expressionsUsed) {
        JsonNode n = request.get("ExpressionAttributeNames");
        JsonNode v = request.get("ExpressionAttributeValues");
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Value> values = new LinkedHashMap<>();
        if (n != null && !n.isNull()) {
            check(n, "ExpressionAttributeNames", '#', expressionsUsed);
            n.properties().forEach(e -> names.put(e.getKey(), e.getValue().asText()));
        }
        if (v != null && !v.isNull()) {
            check(v, "ExpressionAttributeValues", ':', expressionsUsed);
            v.properties().forEach(e -> {
                try {
                    values.put(e.getKey(), ValueJson.value(e.getValue()));
                } catch (TableException bad) {
                    throw TableException.validation("ExpressionAttributeValues contains invalid value: " + bad.getMessage()
                            + " for key " + e.getKey());
                }
            });
        }
        return new Placeholders(names, values);
    }

    private static void check(JsonNode map, String field, char prefix, boolean expressionsUsed) {
        if (!expressionsUsed) {
            throw TableException.validation(field + " can only be specified when using expressions");
        }
        if (map.isEmpty()) {
            throw TableException.validation(field + " must not be empty");
        }
        map.fieldNames().forEachRemaining(key -> {
            if (key.length() < 2 || key.charAt(0) != prefix) {
                throw TableException.validation(field + " contains invalid key: Syntax error; key: \"" + key + "\"");
            }
        });
    }

    /** The attribute name behind {@code #ref}, or null if the request does not define it. */
    String name(String ref) {
        usedNames.add(ref);
        return names.get(ref);
    }

    /** The value behind {@code :ref}, or null if the request does not define it. */
    Value value(String ref) {
        usedValues.add(ref);
        return values.get(ref);
    }

    /** Fails as AWS does when a name or value was given but no expression used it. */
    void checkAllUsed() {
        Set<String> unusedNames = new LinkedHashSet<>(names.keySet());
        unusedNames.removeAll(usedNames);
        if (!unusedNames.isEmpty()) {
            throw TableException.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                    + String.join(", ", unusedNames) + "}");
        }
        Set<String> unusedValues = new LinkedHashSet<>(values.keySet());
        unusedValues.removeAll(usedValues);
        if (!unusedValues.isEmpty()) {
            throw TableException.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                    + String.join(", ", unusedValues) + "}");
        }
    }
}
