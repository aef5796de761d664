package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Capacity units as AWS counts them: a write is one unit per started KB, a read one unit per
 * started 4 KB (half for eventually consistent reads); transactions cost double.
 */
final class Capacity {
    private Capacity() {}

    static double write(Map<String, Value> item) {
        return item == null ? 1 : Math.max(1, Math.ceil(ItemSize.of(item) / 1024.0));
    }

    static double read(long bytes, boolean consistent) {
        double units = Math.max(1, Math.ceil(bytes / 4096.0));
        return consistent ? units : units / 2;
    }

    /** Adds {@code ConsumedCapacity} to {@code out} when the request asked for it. */
    static void report(JsonNode req, ObjectNode out, String table, double units) {
        String mode = Fields.oneOf(req, "ReturnConsumedCapacity", "returnConsumedCapacity",
                java.util.Set.of("INDEXES", "TOTAL", "NONE"), "NONE");
        if (mode.equals("NONE")) {
            return;
        }
        ObjectNode c = out.putObject("ConsumedCapacity").put("TableName", table).put("CapacityUnits", units);
        if (mode.equals("INDEXES")) {
            c.putObject("Table").put("CapacityUnits", units);
        }
    }
}
