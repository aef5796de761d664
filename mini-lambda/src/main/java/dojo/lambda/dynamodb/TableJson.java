package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The on-disk JSON of table definitions, log events and stream records. */
final class TableJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TableJson() {}

    static ObjectNode definition(TableDefinition d) {
        ObjectNode n = NODES.objectNode();
        n.put("name", d.name()).put("tableId", d.tableId()).put("accountId", d.accountId()).put("region", d.region());
        KeySchema k = d.keys();
        n.put("partition", k.partition()).put("partitionType", k.partitionType()).put("sort", k.sort()).put("sortType", k.sortType());
        n.put("billingMode", d.billingMode()).put("read", d.readCapacity()).put("write", d.writeCapacity());
        n.put("created", d.created().toEpochMilli()).put("streamViewType", d.streamViewType()).put("streamLabel", d.streamLabel());
        return n;
    }

    static TableDefinition definition(JsonNode n) {
        KeySchema k = new KeySchema(n.get("partition").asText(), n.get("partitionType").asText(), text(n, "sort"), text(n, "sortType"));
        return new TableDefinition(n.get("name").asText(), n.get("tableId").asText(), n.get("accountId").asText(),
                n.get("region").asText(), k, n.get("billingMode").asText(), n.get("read").asLong(), n.get("write").asLong(),
                Instant.ofEpochMilli(n.get("created").asLong()), text(n, "streamViewType"), text(n, "streamLabel"));
    }

    static ObjectNode event(TableEvent e) {
        ObjectNode n = NODES.objectNode();
        if (e instanceof TableEvent.Created c) {
            n.put("op", "Created").set("table", definition(c.table()));
        } else if (e instanceof TableEvent.Deleted d) {
            n.put("op", "Deleted").put("name", d.name()).put("at", d.at().toEpochMilli());
        } else if (e instanceof TableEvent.StreamChanged s) {
            n.put("op", "StreamChanged").put("name", s.name()).put("viewType", s.viewType()).put("label", s.label())
                    .put("at", s.at().toEpochMilli());
        } else {
            TableEvent.Written w = (TableEvent.Written) e;
            n.put("op", "Written").put("at", w.at().toEpochMilli());
            ArrayNode changes = n.putArray("changes");
            for (TableEvent.ItemChange c : w.changes()) {
                ObjectNode cn = changes.addObject().put("table", c.table()).put("eventId", c.eventId()).put("seq", c.sequence().toString());
                cn.set("key", ValueJson.json(c.key()));
                if (c.item() != null) {
                    cn.set("item", ValueJson.json(c.item()));
                }
            }
        }
        return n;
    }

    static TableEvent event(JsonNode n) {
        String op = n.get("op").asText();
        Instant at = n.has("at") ? Instant.ofEpochMilli(n.get("at").asLong()) : null;
        switch (op) {
            case "Created":
                return new TableEvent.Created(definition(n.get("table")));
            case "Deleted":
                return new TableEvent.Deleted(n.get("name").asText(), at);
            case "StreamChanged":
                return new TableEvent.StreamChanged(n.get("name").asText(), text(n, "viewType"), text(n, "label"), at);
            case "Written":
                List<TableEvent.ItemChange> changes = new ArrayList<>();
                for (JsonNode c : n.get("changes")) {
                    changes.add(new TableEvent.ItemChange(c.get("table").asText(), ValueJson.item(c.get("key")),
                            c.has("item") ? ValueJson.item(c.get("item")) : null, c.get("eventId").asText(),
                            new BigInteger(c.get("seq").asText())));
                }
                return new TableEvent.Written(at, changes);
            default:
                throw new IllegalStateException("Unknown table log entry '" + op + "' in " + n);
        }
    }

    static ObjectNode record(StreamRecord r) {
        ObjectNode n = NODES.objectNode();
        n.put("eventId", r.eventId()).put("eventName", r.eventName()).put("seq", r.sequence()).put("at", r.created().toEpochMilli());
        n.put("viewType", r.viewType()).set("keys", ValueJson.json(r.keys()));
        if (r.newImage() != null) {
            n.set("new", ValueJson.json(r.newImage()));
        }
        if (r.oldImage() != null) {
            n.set("old", ValueJson.json(r.oldImage()));
        }
        return n;
    }

    static StreamRecord record(JsonNode n) {
        return new StreamRecord(n.get("eventId").asText(), n.get("eventName").asText(), new BigInteger(n.get("seq").asText()),
                Instant.ofEpochMilli(n.get("at").asLong()), ValueJson.item(n.get("keys")),
                n.has("new") ? ValueJson.item(n.get("new")) : null, n.has("old") ? ValueJson.item(n.get("old")) : null,
                n.get("viewType").asText());
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
