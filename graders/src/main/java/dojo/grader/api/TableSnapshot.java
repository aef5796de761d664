package dojo.grader.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A table's items as a {@link Snapshot}: each item is an entry {@code table/<key>} whose content
 * is the JSON of the attributes the check cares about (in name order), so extra attributes a
 * learner adds do not count as side effects.
 */
public final class TableSnapshot {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TableSnapshot() {}

    public static Snapshot of(DynamoDbClient db, String table, String keyAttribute, String... attributes) {
        Map<String, String> entries = new TreeMap<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanResponse page = db.scan(ScanRequest.builder().tableName(table).exclusiveStartKey(start).build());
            for (Map<String, AttributeValue> item : page.items()) {
                ObjectNode shown = JSON.createObjectNode();
                for (String name : new java.util.TreeSet<>(java.util.List.of(attributes))) {
                    AttributeValue value = item.get(name);
                    if (value != null) {
                        put(shown, name, value);
                    }
                }
                entries.put(table + "/" + text(item.get(keyAttribute)), shown.toString());
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return Snapshot.of("table " + table, entries);
    }

    private static void put(ObjectNode node, String name, AttributeValue value) {
        if (value.n() != null) {
            BigDecimal number = new BigDecimal(value.n()).stripTrailingZeros();
            if (number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                node.put(name, number.longValue());
            } else {
                node.put(name, number.toPlainString());
            }
        } else if (value.bool() != null) {
            node.put(name, value.bool());
        } else {
            node.put(name, text(value));
        }
    }

    private static String text(AttributeValue value) {
        if (value == null) {
            return "?";
        }
        return value.s() != null ? value.s() : value.n() != null ? value.n() : value.toString();
    }
}
