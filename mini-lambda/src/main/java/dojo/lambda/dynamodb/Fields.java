package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads request fields with AWS's model checks ("1 validation error detected: ..."). */
final class Fields {
    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");

    private Fields() {}

    static TableException modelError(String detail) {
        return TableException.validation("1 validation error detected: " + detail);
    }

    /** A required member; {@code member} is its name as AWS's messages spell it (lower camel case). */
    static JsonNode required(JsonNode req, String field, String member) {
        JsonNode v = req.get(field);
        if (v == null || v.isNull()) {
            throw modelError("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
        }
        return v;
    }

    static String text(JsonNode req, String field) {
        JsonNode v = req.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String tableName(JsonNode req) {
        return tableName(required(req, "TableName", "tableName").asText(), "tableName");
    }

    static String tableName(String name, String member) {
        if (name.length() < 3) {
            throw modelError("Value '" + name + "' at '" + member + "' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to 3");
        }
        if (name.length() > 255) {
            throw modelError("Value '" + name + "' at '" + member + "' failed to satisfy constraint: "
                    + "Member must have length less than or equal to 255");
        }
        if (!TABLE_NAME.matcher(name).matches()) {
            throw modelError("Value '" + name + "' at '" + member + "' failed to satisfy constraint: "
                    + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        return name;
    }

    /** An enum member, or {@code fallback} when absent. */
    static String oneOf(JsonNode req, String field, String member, Set<String> allowed, String fallback) {
        String v = text(req, field);
        if (v == null) {
            return fallback;
        }
        if (!allowed.contains(v)) {
            throw modelError("Value '" + v + "' at '" + member + "' failed to satisfy constraint: Member must satisfy enum value set: "
                    + new java.util.TreeSet<>(allowed));
        }
        return v;
    }

    /** A positive integer member such as Limit, or {@code fallback} when absent. */
    static int limit(JsonNode req, String field, String member, int max, int fallback) {
        JsonNode v = req.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        long n = v.asLong();
        if (n < 1) {
            throw modelError("Value '" + n + "' at '" + member + "' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
        if (n > max) {
            throw modelError("Value '" + n + "' at '" + member + "' failed to satisfy constraint: Member must have value less than or equal to "
                    + max);
        }
        return (int) n;
    }

    /** Rejects the pre-expression parameters (Expected, AttributeUpdates, ...), naming their replacement. */
    static void noLegacy(JsonNode req, String legacy, String replacement) {
        if (req.has(legacy) && !req.get(legacy).isNull()) {
            throw TableException.validation("The legacy parameter " + legacy + " is not supported by this engine; use "
                    + replacement + " instead (see the DynamoDB developer guide on expressions).");
        }
    }
}
