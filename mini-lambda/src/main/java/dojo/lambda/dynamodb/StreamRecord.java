package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One change of an item as its table's stream shows it: INSERT, MODIFY or REMOVE, with the keys and
 * the images the stream's view type keeps ({@code newImage}/{@code oldImage} null otherwise).
 */
record StreamRecord(String eventId, String eventName, BigInteger sequenceNumber, Instant created, Map<String, Value> keys,
        Map<String, Value> newImage, Map<String, Value> oldImage, String viewType) {
    StreamRecord {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(sequenceNumber, "sequenceNumber");
        Objects.requireNonNull(created, "created");
        keys = Map.copyOf(keys);
        Objects.requireNonNull(viewType, "viewType");
    }

    /** The record of a change from {@code old} to {@code now} (either null for insert/remove) under {@code viewType}. */
    static StreamRecord of(String eventId, BigInteger seq, Instant at, Map<String, Value> keys, Map<String, Value> old,
            Map<String, Value> now, String viewType) {
        String name = old == null ? "INSERT" : now == null ? "REMOVE" : "MODIFY";
        boolean keepNew = viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES");
        boolean keepOld = viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES");
        return new StreamRecord(eventId, name, seq, at, keys, keepNew ? now : null, keepOld ? old : null, viewType);
    }

    String sequence() {
        return sequenceNumber.toString();
    }

    int sizeBytes() {
        return ItemSize.of(keys) + (newImage == null ? 0 : ItemSize.of(newImage)) + (oldImage == null ? 0 : ItemSize.of(oldImage));
    }

    /** The record as GetRecords returns it; Lambda's event adds {@code eventSourceARN}. */
    ObjectNode json(String region) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("eventID", eventId);
        r.put("eventName", eventName);
        r.put("eventVersion", "1.1");
        r.put("eventSource", "aws:dynamodb");
        r.put("awsRegion", region);
        ObjectNode d = r.putObject("dynamodb");
        d.put("ApproximateCreationDateTime", created.getEpochSecond());
        d.set("Keys", ValueJson.json(keys));
        if (newImage != null) {
            d.set("NewImage", ValueJson.json(newImage));
        }
        if (oldImage != null) {
            d.set("OldImage", ValueJson.json(oldImage));
        }
        d.put("SequenceNumber", sequence());
        d.put("SizeBytes", sizeBytes());
        d.put("StreamViewType", viewType);
        return r;
    }
}
