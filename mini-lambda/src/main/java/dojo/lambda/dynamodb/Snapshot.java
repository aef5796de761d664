package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The whole state of an account's tables as one JSON document, for {@link TableLog} compaction. */
final class Snapshot {
    private Snapshot() {}

    static ObjectNode of(AccountTables account) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("sequence", account.sequence().toString());
        ArrayNode tables = s.putArray("tables");
        for (Table t : account.tables()) {
            ObjectNode tn = tables.addObject();
            tn.set("definition", TableJson.definition(t.definition()));
            ArrayNode items = tn.putArray("items");
            for (Map<String, Value> item : t.items()) {
                items.add(ValueJson.json(item));
            }
        }
        ArrayNode streams = s.putArray("streams");
        Instant cutoff = account.now().minus(AccountTables.RETENTION);
        for (ChangeStream st : account.streams()) {
            st.trim(cutoff);
            // a closed stream lives on only while it still holds records
            if (!st.enabled() && st.records().isEmpty()) {
                continue;
            }
            ObjectNode sn = streams.addObject();
            ChangeStream.Info i = st.info();
            sn.put("arn", i.arn()).put("label", i.label()).put("tableName", i.tableName()).put("viewType", i.viewType())
                    .put("region", i.region()).put("created", i.created().toEpochMilli()).put("enabled", st.enabled())
                    .put("trimmedThrough", st.trimmedThrough().toString());
            KeySchema k = i.keys();
            sn.put("partition", k.partition()).put("partitionType", k.partitionType()).put("sort", k.sort()).put("sortType", k.sortType());
            ArrayNode records = sn.putArray("records");
            st.records().forEach(r -> records.add(TableJson.record(r)));
        }
        return s;
    }

    static void restore(JsonNode s, AccountTables account) {
        account.restoreSequence(new BigInteger(s.get("sequence").asText()));
        for (JsonNode tn : s.get("tables")) {
            Table t = new Table(TableJson.definition(tn.get("definition")));
            for (JsonNode item : tn.get("items")) {
                Map<String, Value> i = ValueJson.item(item);
                t.write(t.keys().ofItem(i), i);
            }
            account.restoreTable(t);
        }
        for (JsonNode sn : s.get("streams")) {
            KeySchema k = new KeySchema(sn.get("partition").asText(), sn.get("partitionType").asText(), TableJson.text(sn, "sort"),
                    TableJson.text(sn, "sortType"));
            ChangeStream st = new ChangeStream(new ChangeStream.Info(sn.get("arn").asText(), sn.get("label").asText(),
                    sn.get("tableName").asText(), k, sn.get("viewType").asText(), sn.get("region").asText(),
                    Instant.ofEpochMilli(sn.get("created").asLong())));
            List<StreamRecord> records = new ArrayList<>();
            sn.get("records").forEach(r -> records.add(TableJson.record(r)));
            st.restore(sn.get("enabled").asBoolean(), new BigInteger(sn.get("trimmedThrough").asText()), records);
            account.restoreStream(st);
        }
    }
}
