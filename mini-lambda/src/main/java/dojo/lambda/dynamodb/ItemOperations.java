package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** PutItem, GetItem, UpdateItem and DeleteItem, each atomic under the account's lock. */
final class ItemOperations {
    private static final Set<String> ALL = Set.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");

    private ItemOperations() {}

    static ObjectNode put(AccountTables account, JsonNode req) {
        String name = Fields.tableName(req);
        Fields.noLegacy(req, "Expected", "ConditionExpression");
        Map<String, Value> item = ValueJson.item(Fields.required(req, "Item", "item"));
        String returns = returnValues(req, Set.of("NONE", "ALL_OLD"));
        Expressions e = Expressions.of(req, "ConditionExpression");
        return account.locked(() -> {
            Table t = account.table(name);
            TableKey key = t.keys().ofItem(item);
            ItemSize.check(item);
            Map<String, Value> old = t.get(key);
            e.check(old, req);
            account.write(List.of(new AccountTables.Pending(t, key, item)));
            ObjectNode out = attributes(returns.equals("ALL_OLD") ? old : null);
            Capacity.report(req, out, name, Math.max(Capacity.write(item), Capacity.write(old)));
            return out;
        });
    }

    static ObjectNode get(AccountTables account, JsonNode req) {
        String name = Fields.tableName(req);
        Map<String, Value> keyAttributes = ValueJson.item(Fields.required(req, "Key", "key"));
        boolean consistent = req.path("ConsistentRead").asBoolean(false);
        Expressions e = Expressions.of(req, "ProjectionExpression");
        return account.locked(() -> {
            Table t = account.table(name);
            Map<String, Value> item = t.get(t.keys().ofKey(keyAttributes));
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            if (item != null) {
                out.set("Item", ValueJson.json(e.project(item)));
            }
            Capacity.report(req, out, name, Capacity.read(item == null ? 0 : ItemSize.of(item), consistent));
            return out;
        });
    }

    static ObjectNode update(AccountTables account, JsonNode req) {
        String name = Fields.tableName(req);
        Fields.noLegacy(req, "Expected", "ConditionExpression");
        Fields.noLegacy(req, "AttributeUpdates", "UpdateExpression");
        Map<String, Value> keyAttributes = ValueJson.item(Fields.required(req, "Key", "key"));
        String returns = returnValues(req, ALL);
        Expressions e = Expressions.of(req, "UpdateExpression", "ConditionExpression");
        return account.locked(() -> {
            Table t = account.table(name);
            TableKey key = t.keys().ofKey(keyAttributes);
            if (e.update() != null) {
                for (DocumentPath p : e.update().paths()) {
                    if (t.keys().isKey(p.top())) {
                        throw TableException.validation("One or more parameter values were invalid: Cannot update attribute " + p.top()
                                + ". This attribute is part of the key");
                    }
                }
            }
            Map<String, Value> old = t.get(key);
            e.check(old, req);
            Map<String, Value> base = old != null ? old : keyAttributes;
            Map<String, Value> now = e.update() == null ? base : UpdateApplier.apply(e.update(), base);
            ItemSize.check(now);
            account.write(List.of(new AccountTables.Pending(t, key, now)));
            List<DocumentPath> updated = e.update() == null ? List.of() : e.update().paths();
            Map<String, Value> shown = switch (returns) {
                case "ALL_OLD" -> old;
                case "ALL_NEW" -> now;
                case "UPDATED_OLD" -> old == null ? null : Projection.of(old, updated);
                case "UPDATED_NEW" -> Projection.of(now, updated);
                default -> null;
            };
            ObjectNode out = attributes(shown);
            Capacity.report(req, out, name, Math.max(Capacity.write(now), Capacity.write(old)));
            return out;
        });
    }

    static ObjectNode delete(AccountTables account, JsonNode req) {
        String name = Fields.tableName(req);
        Fields.noLegacy(req, "Expected", "ConditionExpression");
        Map<String, Value> keyAttributes = ValueJson.item(Fields.required(req, "Key", "key"));
        String returns = returnValues(req, Set.of("NONE", "ALL_OLD"));
        Expressions e = Expressions.of(req, "ConditionExpression");
        return account.locked(() -> {
            Table t = account.table(name);
            TableKey key = t.keys().ofKey(keyAttributes);
            Map<String, Value> old = t.get(key);
            e.check(old, req);
            account.write(List.of(new AccountTables.Pending(t, key, null)));
            ObjectNode out = attributes(returns.equals("ALL_OLD") ? old : null);
            Capacity.report(req, out, name, Capacity.write(old));
            return out;
        });
    }

    private static String returnValues(JsonNode req, Set<String> allowed) {
        String v = Fields.oneOf(req, "ReturnValues", "returnValues", ALL, "NONE");
        if (!allowed.contains(v)) {
            // AWS's words; the operation takes only the values in allowed
            throw TableException.validation("Return values set to invalid value");
        }
        Fields.oneOf(req, "ReturnValuesOnConditionCheckFailure", "returnValuesOnConditionCheckFailure", Set.of("ALL_OLD", "NONE"), "NONE");
        return v;
    }

    private static ObjectNode attributes(Map<String, Value> item) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (item != null && !item.isEmpty()) {
            out.set("Attributes", ValueJson.json(item));
        }
        return out;
    }
}
