package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** DynamoDB's JSON form of attribute values and items: {@code {"S":"x"}}, {@code {"N":"1"}}, ... */
final class ValueJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TYPES = Set.of("S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M");

    private ValueJson() {}

    static Map<String, Value> item(JsonNode node) {
        Map<String, Value> item = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return item;
        }
        if (!node.isObject()) {
            throw TableException.serialization("Expected a map of attribute names to attribute values, found " + node.getNodeType());
        }
        node.properties().forEach(e -> item.put(e.getKey(), value(e.getValue())));
        return item;
    }

    static Value value(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw TableException.serialization("Expected an attribute value object such as {\"S\":\"text\"}, found " + node);
        }
        String type = null;
        for (var it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (TYPES.contains(field) && !node.get(field).isNull()) {
                if (type != null) {
                    throw TableException.validation(
                            "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
                }
                type = field;
            }
        }
        if (type == null) {
            throw TableException.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        JsonNode v = node.get(type);
        return switch (type) {
            case "S" -> new Value.S(v.asText());
            case "N" -> new Value.N(Numbers.parse(v.asText()));
            case "B" -> new Value.B(binary(v));
            case "BOOL" -> new Value.Bool(v.asBoolean());
            case "NULL" -> nullValue(v);
            case "SS" -> new Value.SS(set(v, "string", JsonNode::asText));
            case "NS" -> new Value.NS(set(v, "number", n -> Numbers.parse(n.asText())));
            case "BS" -> new Value.BS(set(v, "binary", ValueJson::binary));
            case "L" -> new Value.L(list(v));
            default -> new Value.M(item(v));
        };
    }

    private static Value nullValue(JsonNode v) {
        if (!v.asBoolean()) {
            throw TableException.validation("One or more parameter values were invalid: Null attribute value types must have the value of true");
        }
        return new Value.Null();
    }

    private static Bytes binary(JsonNode v) {
        try {
            return Bytes.ofBase64(v.asText());
        } catch (IllegalArgumentException e) {
            throw TableException.serialization("Base64 encoded binary data could not be decoded: " + e.getMessage());
        }
    }

    private static List<Value> list(JsonNode v) {
        List<Value> values = new ArrayList<>();
        v.forEach(e -> values.add(value(e)));
        return values;
    }

    private static <T> Set<T> set(JsonNode array, String kind, Function<JsonNode, T> element) {
        Set<T> values = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        boolean duplicate = false;
        for (JsonNode e : array) {
            duplicate |= !values.add(element.apply(e));
            texts.add(e.asText());
        }
        if (values.isEmpty()) {
            throw TableException.validation("One or more parameter values were invalid: An " + kind + " set  may not be empty");
        }
        if (duplicate) {
            throw TableException.validation("One or more parameter values were invalid: Input collection " + texts + " contains duplicates.");
        }
        return values;
    }

    static ObjectNode json(Map<String, Value> item) {
        ObjectNode node = NODES.objectNode();
        item.forEach((name, value) -> node.set(name, json(value)));
        return node;
    }

    static ObjectNode json(Value value) {
        ObjectNode node = NODES.objectNode();
        if (value instanceof Value.S s) {
            node.put("S", s.s());
        } else if (value instanceof Value.N n) {
            node.put("N", Numbers.format(n.n()));
        } else if (value instanceof Value.B b) {
            node.put("B", b.b().base64());
        } else if (value instanceof Value.Bool b) {
            node.put("BOOL", b.b());
        } else if (value instanceof Value.Null) {
            node.put("NULL", true);
        } else if (value instanceof Value.SS ss) {
            ArrayNode a = node.putArray("SS");
            ss.values().forEach(a::add);
        } else if (value instanceof Value.NS ns) {
            ArrayNode a = node.putArray("NS");
            ns.values().forEach(n -> a.add(Numbers.format(n)));
        } else if (value instanceof Value.BS bs) {
            ArrayNode a = node.putArray("BS");
            bs.values().forEach(b -> a.add(b.base64()));
        } else if (value instanceof Value.L l) {
            ArrayNode a = node.putArray("L");
            l.values().forEach(v -> a.add(json(v)));
        } else {
            node.set("M", json(((Value.M) value).values()));
        }
        return node;
    }

    /** A short text of a value for error messages, as AWS prints them: {@code {N:5}}. */
    static String brief(Value value) {
        return json(value).toString().replace("\"", "");
    }
}
