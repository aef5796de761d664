package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The expressions of one request (condition, update, projection, filter, key condition), parsed
 * together so ExpressionAttributeNames and ExpressionAttributeValues are checked as AWS does.
 */
record Expressions(Condition condition, UpdateExpression update, List<DocumentPath> projection, Condition filter, Condition keyCondition) {
    /** Parses the named expression fields of {@code req} that are present; the rest stay null. */
    static Expressions of(JsonNode req, String... fields) {
        boolean any = false;
        for (String f : fields) {
            any |= Fields.text(req, f) != null;
        }
        Placeholders p = Placeholders.of(req, any);
        String update = List.of(fields).contains("UpdateExpression") ? Fields.text(req, "UpdateExpression") : null;
        Expressions e = new Expressions(
                condition(req, fields, "ConditionExpression", p),
                update == null ? null : UpdateParser.parse(update, p),
                projection(req, fields, p),
                condition(req, fields, "FilterExpression", p),
                condition(req, fields, "KeyConditionExpression", p));
        p.checkAllUsed();
        return e;
    }

    private static Condition condition(JsonNode req, String[] fields, String field, Placeholders p) {
        String source = List.of(fields).contains(field) ? Fields.text(req, field) : null;
        return source == null ? null : ConditionParser.parse(field, source, p);
    }

    private static List<DocumentPath> projection(JsonNode req, String[] fields, Placeholders p) {
        String source = List.of(fields).contains("ProjectionExpression") ? Fields.text(req, "ProjectionExpression") : null;
        if (source != null) {
            return Projection.parse(source, p);
        }
        JsonNode legacy = req.get("AttributesToGet");
        if (legacy != null && !legacy.isNull()) {
            List<DocumentPath> paths = new java.util.ArrayList<>();
            legacy.forEach(a -> paths.add(DocumentPath.of(a.asText())));
            return paths;
        }
        return null;
    }

    /** Whether the item (empty map when absent) meets the ConditionExpression; throws AWS's error if not. */
    void check(Map<String, Value> old, JsonNode req) {
        if (condition != null && !ConditionEvaluator.test(condition, old == null ? Map.of() : old)) {
            boolean withItem = "ALL_OLD".equals(Fields.text(req, "ReturnValuesOnConditionCheckFailure")) && old != null;
            ObjectNode extra = null;
            if (withItem) {
                extra = JsonNodeFactory.instance.objectNode();
                extra.set("Item", ValueJson.json(old));
            }
            throw TableException.conditionFailed(extra);
        }
    }

    Map<String, Value> project(Map<String, Value> item) {
        return projection == null ? item : Projection.of(item, projection);
    }
}
