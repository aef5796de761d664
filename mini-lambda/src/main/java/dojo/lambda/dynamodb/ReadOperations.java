package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Query and Scan. A page ends after {@code Limit} items were read (before the filter, as on AWS)
 * or after 1 MB; {@code LastEvaluatedKey} then says where the next page starts.
 */
final class ReadOperations {
    private static final long PAGE_BYTES = 1024 * 1024;
    private static final Set<String> SELECT = Set.of("ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT");

    private ReadOperations() {}

    static ObjectNode query(AccountTables account, JsonNode req) {
        String name = Fields.tableName(req);
        noIndex(req);
        Fields.noLegacy(req, "KeyConditions", "KeyConditionExpression");
        Fields.noLegacy(req, "QueryFilter", "FilterExpression");
        if (Fields.text(req, "KeyConditionExpression") == null) {
            throw TableException.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        Page page = Page.of(req);
        Expressions e = Expressions.of(req, "KeyConditionExpression", "FilterExpression", "ProjectionExpression");
        boolean forward = req.path("ScanIndexForward").asBoolean(true);
        return account.locked(() -> {
            Table t = account.table(name);
            KeyCondition kc = KeyCondition.of(e.keyCondition(), t.keys());
            if (e.filter() != null) {
                for (String a : ConditionPaths.topNames(e.filter())) {
                    if (t.keys().isKey(a)) {
                        throw TableException.validation("Filter Expression can only contain non-primary key attributes: Primary key attribute: " + a);
                    }
                }
            }
            TableKey start = page.start(t.keys());
            Iterator<Map<String, Value>> candidates = t.partition(kc.partition(), forward).stream()
                    .filter(item -> kc.matches(item) && (start == null || after(t.keys().ofItem(item), start, forward)))
                    .iterator();
            return page.read(name, t.keys(), candidates, e, req);
        });
    }

    static ObjectNode scan(AccountTables account, JsonNode req) {
        String name = Fields.tableName(req);
        noIndex(req);
        Fields.noLegacy(req, "ScanFilter", "FilterExpression");
        Page page = Page.of(req);
        Expressions e = Expressions.of(req, "FilterExpression", "ProjectionExpression");
        int total = req.has("TotalSegments") ? Fields.limit(req, "TotalSegments", "totalSegments", 1_000_000, 1) : 1;
        int segment = req.path("Segment").asInt(0);
        if (req.has("Segment") != req.has("TotalSegments") || segment < 0 || segment >= total) {
            throw TableException.validation("The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: "
                    + segment + " is out of bounds for TotalSegments: " + total);
        }
        return account.locked(() -> {
            Table t = account.table(name);
            Iterator<Map<String, Value>> candidates = StreamSupport.stream(t.scan(page.start(t.keys())).spliterator(), false)
                    .filter(item -> total == 1 || Math.floorMod(t.keys().ofItem(item).partition().hashCode(), total) == segment)
                    .iterator();
            return page.read(name, t.keys(), candidates, e, req);
        });
    }

    private static void noIndex(JsonNode req) {
        String index = Fields.text(req, "IndexName");
        if (index != null) {
            throw TableException.validation("The table does not have the specified index: " + index);
        }
    }

    private static boolean after(TableKey key, TableKey start, boolean forward) {
        int c = ValueOrder.KEYS.compare(key.sort(), start.sort());
        return forward ? c > 0 : c < 0;
    }

    /** The paging parameters of a Query or Scan. */
    private record Page(int limit, String select, boolean consistent, Map<String, Value> exclusiveStart) {
        static Page of(JsonNode req) {
            String select = Fields.oneOf(req, "Select", "select", SELECT, "ALL_ATTRIBUTES");
            if (select.equals("ALL_PROJECTED_ATTRIBUTES")) {
                throw TableException.validation("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
            }
            JsonNode start = req.get("ExclusiveStartKey");
            return new Page(Fields.limit(req, "Limit", "limit", Integer.MAX_VALUE, Integer.MAX_VALUE), select,
                    req.path("ConsistentRead").asBoolean(false), start == null || start.isNull() ? null : ValueJson.item(start));
        }

        TableKey start(KeySchema keys) {
            if (exclusiveStart == null) {
                return null;
            }
            try {
                return keys.ofKey(exclusiveStart);
            } catch (TableException e) {
                throw TableException.validation("The provided starting key is invalid: " + e.getMessage());
            }
        }

        ObjectNode read(String table, KeySchema keys, Iterator<Map<String, Value>> candidates, Expressions e, JsonNode req) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            int scanned = 0;
            long bytes = 0;
            Map<String, Value> last = null;
            while (scanned < limit && bytes < PAGE_BYTES && candidates.hasNext()) {
                Map<String, Value> item = candidates.next();
                scanned++;
                bytes += ItemSize.of(item);
                last = item;
                if (e.filter() == null || ConditionEvaluator.test(e.filter(), item)) {
                    items.add(ValueJson.json(e.project(item)));
                }
            }
            if (!select.equals("COUNT")) {
                out.set("Items", items);
            }
            out.put("Count", items.size());
            out.put("ScannedCount", scanned);
            if (last != null && (scanned == limit || (bytes >= PAGE_BYTES && candidates.hasNext()))) {
                out.set("LastEvaluatedKey", ValueJson.json(keys.attributes(keys.ofItem(last))));
            }
            Capacity.report(req, out, table, Capacity.read(bytes, consistent));
            return out;
        }
    }
}
