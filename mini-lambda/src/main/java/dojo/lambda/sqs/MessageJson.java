package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Message attributes in SQS's JSON (DataType, StringValue, BinaryValue in base64, ...) both ways. */
final class MessageJson {
    private MessageJson() {}

    static Map<String, MessageAttribute> attributes(JsonNode map) {
        Map<String, MessageAttribute> out = new LinkedHashMap<>();
        if (map == null || map.isNull()) {
            return out;
        }
        map.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            String type = v.path("DataType").asText(null);
            if (type == null || type.isEmpty()) {
                throw SqsException.invalidParameter("The message attribute '" + e.getKey() + "' must contain non-empty message "
                        + "attribute type.");
            }
            List<String> strings = new ArrayList<>();
            v.path("StringListValues").forEach(s -> strings.add(s.asText()));
            List<byte[]> binaries = new ArrayList<>();
            v.path("BinaryListValues").forEach(b -> binaries.add(decode(b.asText(), e.getKey())));
            String string = v.hasNonNull("StringValue") ? v.get("StringValue").asText() : null;
            byte[] binary = v.hasNonNull("BinaryValue") ? decode(v.get("BinaryValue").asText(), e.getKey()) : null;
            out.put(e.getKey(), new MessageAttribute(type, string, binary, strings, binaries));
        });
        return out;
    }

    /** SQS's JSON for one attribute; {@code lowerCase} gives the Lambda event's field names. */
    static ObjectNode attribute(MessageAttribute a, boolean lowerCase) {
        ObjectNode n = JournalCodec.JSON.createObjectNode();
        if (a.stringValue() != null) {
            n.put(lowerCase ? "stringValue" : "StringValue", a.stringValue());
        }
        if (a.binaryValue() != null) {
            n.put(lowerCase ? "binaryValue" : "BinaryValue", Base64.getEncoder().encodeToString(a.binaryValue()));
        }
        ArrayNode sl = n.putArray(lowerCase ? "stringListValues" : "StringListValues");
        a.stringListValues().forEach(sl::add);
        ArrayNode bl = n.putArray(lowerCase ? "binaryListValues" : "BinaryListValues");
        a.binaryListValues().forEach(b -> bl.add(Base64.getEncoder().encodeToString(b)));
        n.put(lowerCase ? "dataType" : "DataType", a.dataType());
        return n;
    }

    /** The system attributes a receiver asked for (or all, for "All"), with SQS's string values. */
    static Map<String, String> systemAttributes(Delivery d, java.util.Set<String> wanted) {
        SentMessage c = d.content();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("SenderId", c.senderId());
        all.put("SentTimestamp", Long.toString(c.sentTimestamp()));
        all.put("ApproximateReceiveCount", Integer.toString(d.receiveCount()));
        all.put("ApproximateFirstReceiveTimestamp", Long.toString(d.firstReceiveTimestamp()));
        putIfSet(all, "SequenceNumber", c.sequenceNumber());
        putIfSet(all, "MessageDeduplicationId", c.dedupId());
        putIfSet(all, "MessageGroupId", c.groupId());
        putIfSet(all, "AWSTraceHeader", c.traceHeader());
        putIfSet(all, "DeadLetterQueueSourceArn", c.deadLetterSourceArn());
        if (!wanted.contains("All")) {
            all.keySet().retainAll(wanted);
        }
        return all;
    }

    /** Whether an attribute name matches ReceiveMessage's MessageAttributeNames ("All", ".*", "prefix.*" or exact). */
    static boolean wanted(String name, List<String> patterns) {
        for (String p : patterns) {
            if (p.equals("All") || p.equals(".*") || p.equals(name) || (p.endsWith(".*") && name.startsWith(p.substring(0, p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static void putIfSet(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static byte[] decode(String b64, String name) {
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw SqsException.invalidParameter("The binary value of message attribute '" + name + "' is not valid base64.");
        }
    }
}
