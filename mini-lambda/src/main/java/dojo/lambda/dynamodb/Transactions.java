package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TransactWriteItems: up to 100 Put, Update, Delete and ConditionCheck actions that all happen or
 * none does. A failed condition cancels the whole transaction with TransactionCanceledException,
 * whose CancellationReasons has one entry per action in request order.
 */
final class Transactions {
    private Transactions() {}

    /** One action, parsed before the lock is taken. */
    private record Action(String kind, String table, JsonNode request, Map<String, Value> item, Map<String, Value> key, Expressions expressions) {}

    static ObjectNode write(AccountTables account, JsonNode req) {
        JsonNode list = Fields.required(req, "TransactItems", "transactItems");
        if (list.size() < 1 || list.size() > 100) {
            throw Fields.modelError("Value '" + list.size() + " items' at 'transactItems' failed to satisfy constraint: "
                    + "Member must have length less than or equal to 100 and greater than or equal to 1");
        }
        List<Action> actions = new ArrayList<>();
        for (JsonNode entry : list) {
            actions.add(parse(entry));
        }
        return account.locked(() -> {
            List<AccountTables.Pending> pending = new ArrayList<>();
            ArrayNode reasons = JsonNodeFactory.instance.arrayNode();
            List<String> codes = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Action a : actions) {
                Table t = account.table(a.table());
                TableKey key = a.item() != null ? t.keys().ofItem(a.item()) : t.keys().ofKey(a.key());
                if (!seen.add(a.table() + "\u0000" + key)) {
                    throw TableException.validation("Transaction request cannot include multiple operations on one item");
                }
                ObjectNode reason = reasons.addObject();
                try {
                    Map<String, Value> old = t.get(key);
                    a.expressions().check(old, a.request());
                    if (!a.kind().equals("ConditionCheck")) {
                        pending.add(new AccountTables.Pending(t, key, outcome(a, t, old)));
                    }
                    reason.put("Code", "None");
                    codes.add("None");
                } catch (TableException failed) {
                    boolean condition = failed.name().equals("ConditionalCheckFailedException");
                    String code = condition ? "ConditionalCheckFailed" : "ValidationError";
                    reason.put("Code", code).put("Message", failed.getMessage());
                    if (condition && failed.body().has("Item")) {
                        reason.set("Item", failed.body().get("Item"));
                    }
                    codes.add(code);
                }
            }
            if (codes.stream().anyMatch(c -> !c.equals("None"))) {
                ObjectNode extra = JsonNodeFactory.instance.objectNode();
                extra.set("CancellationReasons", reasons);
                throw new TableException(TableException.DYNAMODB, "TransactionCanceledException", 400,
                        "Transaction cancelled, please refer cancellation reasons for specific reasons " + codes, extra);
            }
            account.write(pending);
            return JsonNodeFactory.instance.objectNode();
        });
    }

    private static Map<String, Value> outcome(Action a, Table t, Map<String, Value> old) {
        switch (a.kind()) {
            case "Put" -> {
                ItemSize.check(a.item());
                return a.item();
            }
            case "Delete" -> {
                return null;
            }
            case "Update" -> {
                UpdateExpression u = a.expressions().update();
                for (DocumentPath p : u.paths()) {
                    if (t.keys().isKey(p.top())) {
                        throw TableException.validation("One or more parameter values were invalid: Cannot update attribute " + p.top()
                                + ". This attribute is part of the key");
                    }
                }
                Map<String, Value> now = UpdateApplier.apply(u, old != null ? old : a.key());
                ItemSize.check(now);
                return now;
            }
            default -> throw new IllegalStateException("A " + a.kind() + " writes nothing");
        }
    }

    private static Action parse(JsonNode entry) {
        List<String> kinds = new ArrayList<>();
        entry.fieldNames().forEachRemaining(kinds::add);
        kinds.retainAll(List.of("Put", "Update", "Delete", "ConditionCheck"));
        if (kinds.size() != 1) {
            throw TableException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        String kind = kinds.get(0);
        JsonNode r = entry.get(kind);
        String table = Fields.tableName(r);
        Map<String, Value> item = kind.equals("Put") ? ValueJson.item(Fields.required(r, "Item", "item")) : null;
        Map<String, Value> key = kind.equals("Put") ? null : ValueJson.item(Fields.required(r, "Key", "key"));
        if (kind.equals("Update")) {
            Fields.required(r, "UpdateExpression", "updateExpression");
        }
        if (kind.equals("ConditionCheck")) {
            Fields.required(r, "ConditionExpression", "conditionExpression");
        }
        Expressions e = Expressions.of(r, "ConditionExpression", "UpdateExpression");
        return new Action(kind, table, r, item, key, e);
    }
}
