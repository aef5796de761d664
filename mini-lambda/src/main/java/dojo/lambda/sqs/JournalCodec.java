package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One journal line per change, as compact JSON: messages with their delivery state, deletes, purges. */
final class JournalCodec {
    static final ObjectMapper JSON = new ObjectMapper();

    private JournalCodec() {}

    static ObjectNode message(StoredMessage m) {
        SentMessage c = m.content;
        ObjectNode n = state("m", m);
        n.put("body", c.body()).put("sent", c.sentTimestamp()).put("sender", c.senderId());
        putIfSet(n, "trace", c.traceHeader());
        putIfSet(n, "group", c.groupId());
        putIfSet(n, "dedup", c.dedupId());
        putIfSet(n, "seq", c.sequenceNumber());
        putIfSet(n, "dlq", c.deadLetterSourceArn());
        if (!c.attributes().isEmpty()) {
            ObjectNode attrs = n.putObject("attrs");
            c.attributes().forEach((name, a) -> {
                ObjectNode v = attrs.putObject(name).put("t", a.dataType());
                putIfSet(v, "s", a.stringValue());
                if (a.binaryValue() != null) {
                    v.put("b", a.binaryValue());
                }
                if (!a.stringListValues().isEmpty()) {
                    ArrayNode sl = v.putArray("sl");
                    a.stringListValues().forEach(sl::add);
                }
                if (!a.binaryListValues().isEmpty()) {
                    ArrayNode bl = v.putArray("bl");
                    a.binaryListValues().forEach(bl::add);
                }
            });
        }
        return n;
    }

    static ObjectNode state(String op, StoredMessage m) {
        ObjectNode n = JSON.createObjectNode().put("op", op).put("id", m.id()).put("n", m.receiveCount)
                .put("f", m.firstReceiveAt).put("v", m.visibleAt);
        putIfSet(n, "h", m.receiptHandle);
        return n;
    }

    static StoredMessage readMessage(JsonNode n) {
        Map<String, MessageAttribute> attrs = new LinkedHashMap<>();
        n.path("attrs").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            attrs.put(e.getKey(), new MessageAttribute(v.path("t").asText(), text(v, "s"), bytes(v.get("b")), strings(v.get("sl")),
                    byteList(v.get("bl"))));
        });
        SentMessage c = SentMessage.of(n.path("id").asText(), n.path("body").asText(), attrs, text(n, "trace"),
                n.path("sent").asLong(), n.path("sender").asText(), text(n, "group"), text(n, "dedup"), text(n, "seq"), text(n, "dlq"));
        StoredMessage m = new StoredMessage(c, 0);
        readState(n, m);
        return m;
    }

    static void readState(JsonNode n, StoredMessage m) {
        m.receiveCount = n.path("n").asInt();
        m.firstReceiveAt = n.path("f").asLong();
        m.visibleAt = n.path("v").asLong();
        m.receiptHandle = text(n, "h");
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void putIfSet(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static byte[] bytes(JsonNode v) {
        return v == null ? null : Base64.getDecoder().decode(v.asText());
    }

    private static List<String> strings(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v != null) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static List<byte[]> byteList(JsonNode v) {
        List<byte[]> out = new ArrayList<>();
        if (v != null) {
            v.forEach(x -> out.add(Base64.getDecoder().decode(x.asText())));
        }
        return out;
    }
}
