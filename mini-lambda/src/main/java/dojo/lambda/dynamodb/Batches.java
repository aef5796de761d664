package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BatchWriteItem (up to 25 puts and deletes) and BatchGetItem (up to 100 keys); nothing is left unprocessed. */
final class Batches {
    private Batches() {}

    static ObjectNode write(AccountTables account, JsonNode req) {
        JsonNode tables = Fields.required(req, "RequestItems", "requestItems");
        int count = 0;
        for (JsonNode requests : tables) {
            count += requests.size();
        }
        if (count < 1 || count > 25) {
            throw Fields.modelError("Value at 'requestItems' failed to satisfy constraint: Member must have length less than or equal "
                    + "to 25 and greater than or equal to 1; found " + count + " requests");
        }
        return account.locked(() -> {
            List<AccountTables.Pending> pending = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, JsonNode> e : tables.properties()) {
                Table t = account.table(Fields.tableName(e.getKey(), "requestItems.key"));
                for (JsonNode r : e.getValue()) {
                    JsonNode put = r.get("PutRequest");
                    Map<String, Value> item = put == null ? null : ValueJson.item(Fields.required(put, "Item", "item"));
                    TableKey key = item != null ? t.keys().ofItem(item)
                            : t.keys().ofKey(ValueJson.item(Fields.required(r.path("DeleteRequest"), "Key", "key")));
                    if (item != null) {
                        ItemSize.check(item);
                    }
                    if (!seen.add(e.getKey() + "\u0000" + key)) {
                        throw TableException.validation("Provided list of item keys contains duplicates");
                    }
                    pending.add(new AccountTables.Pending(t, key, item));
                }
            }
            account.write(pending);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.putObject("UnprocessedItems");
            return out;
        });
    }

    static ObjectNode get(AccountTables account, JsonNode req) {
        JsonNode tables = Fields.required(req, "RequestItems", "requestItems");
        Map<String, Expressions> projections = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<String, JsonNode> e : tables.properties()) {
            projections.put(e.getKey(), Expressions.of(e.getValue(), "ProjectionExpression"));
            count += e.getValue().path("Keys").size();
        }
        if (count < 1 || count > 100) {
            throw TableException.validation("Too many items requested for the BatchGetItem call: " + count
                    + " keys; at most 100 keys per call");
        }
        return account.locked(() -> {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            ObjectNode responses = out.putObject("Responses");
            for (Map.Entry<String, JsonNode> e : tables.properties()) {
                Table t = account.table(Fields.tableName(e.getKey(), "requestItems.key"));
                var items = responses.putArray(e.getKey());
                Set<TableKey> seen = new HashSet<>();
                for (JsonNode k : Fields.required(e.getValue(), "Keys", "keys")) {
                    TableKey key = t.keys().ofKey(ValueJson.item(k));
                    if (!seen.add(key)) {
                        throw TableException.validation("Provided list of item keys contains duplicates");
                    }
                    Map<String, Value> item = t.get(key);
                    if (item != null) {
                        items.add(ValueJson.json(projections.get(e.getKey()).project(item)));
                    }
                }
            }
            out.putObject("UnprocessedKeys");
            return out;
        });
    }
}
