package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** CreateTable, DescribeTable, ListTables, UpdateTable and DeleteTable. */
final class TableOperations {
    private TableOperations() {}

    static ObjectNode create(AccountTables account, JsonNode req, String region) {
        String name = Fields.tableName(req);
        for (String unsupported : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
            if (req.has(unsupported) && !req.get(unsupported).isEmpty()) {
                throw TableException.validation("This engine's tables have no secondary indexes yet: remove " + unsupported
                        + " from CreateTable and query the table by its primary key.");
            }
        }
        KeySchema keys = TableSchema.keys(req);
        String billing = Fields.oneOf(req, "BillingMode", "billingMode", java.util.Set.of("PROVISIONED", "PAY_PER_REQUEST"), "PROVISIONED");
        long[] throughput = TableSchema.throughput(req, billing);
        String viewType = TableSchema.streamViewType(req.get("StreamSpecification"));
        return account.locked(() -> {
            if (account.find(name) != null) {
                throw TableException.inUse("Table already exists: " + name);
            }
            var now = account.now();
            TableDefinition d = new TableDefinition(name, UUID.randomUUID().toString(), account.accountId, region, keys, billing,
                    throughput[0], throughput[1], now, viewType, viewType == null ? null : TableDefinition.label(now));
            account.record(new TableEvent.Created(d));
            return description(TableDescription.of(account.table(name), "CREATING"));
        });
    }

    static ObjectNode describe(AccountTables account, JsonNode req) {
        String name = Fields.tableName(req);
        return account.locked(() -> {
            Table t = account.find(name);
            if (t == null) {
                throw TableException.notFound("Requested resource not found: Table: " + name + " not found");
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.set("Table", TableDescription.of(t, "ACTIVE"));
            return out;
        });
    }

    static ObjectNode list(AccountTables account, JsonNode req) {
        int limit = Fields.limit(req, "Limit", "limit", 100, 100);
        String start = Fields.text(req, "ExclusiveStartTableName");
        List<String> names = account.locked(() -> {
            List<String> all = new ArrayList<>();
            account.tables().forEach(t -> all.add(t.definition().name()));
            return all;
        });
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode page = out.putArray("TableNames");
        for (String n : names) {
            if (start != null && n.compareTo(start) <= 0) {
                continue;
            }
            if (page.size() == limit) {
                out.put("LastEvaluatedTableName", page.get(page.size() - 1).asText());
                break;
            }
            page.add(n);
        }
        return out;
    }

    static ObjectNode delete(AccountTables account, JsonNode req) {
        String name = Fields.tableName(req);
        return account.locked(() -> {
            Table t = account.find(name);
            if (t == null) {
                throw TableException.notFound("Requested resource not found: Table: " + name + " not found");
            }
            ObjectNode description = TableDescription.of(t, "DELETING");
            account.record(new TableEvent.Deleted(name, account.now()));
            return description(description);
        });
    }

    /** UpdateTable: turn the stream on or off, or change billing. */
    static ObjectNode update(AccountTables account, JsonNode req) {
        String name = Fields.tableName(req);
        JsonNode spec = req.get("StreamSpecification");
        String viewType = spec == null ? null : TableSchema.streamViewType(spec);
        return account.locked(() -> {
            Table t = account.find(name);
            if (t == null) {
                throw TableException.notFound("Requested resource not found: Table: " + name + " not found");
            }
            if (spec != null) {
                TableDefinition d = t.definition();
                if (viewType != null && d.streamEnabled()) {
                    throw TableException.validation("Table already has an enabled stream: " + d.streamArn());
                }
                if (viewType == null && !d.streamEnabled()) {
                    throw TableException.validation("Table already has no enabled stream; there is nothing to disable.");
                }
                var now = account.now();
                account.record(new TableEvent.StreamChanged(name, viewType, viewType == null ? null : TableDefinition.label(now), now));
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.set("TableDescription", TableDescription.of(t, "UPDATING"));
            return out;
        });
    }

    private static ObjectNode description(ObjectNode table) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("TableDescription", table);
        return out;
    }
}
