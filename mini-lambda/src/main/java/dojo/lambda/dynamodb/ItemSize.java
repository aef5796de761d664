package dojo.lambda.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The size of an item as DynamoDB counts it against the 400 KB limit: names and strings in UTF-8,
 * numbers about one byte per two significant digits plus one, three bytes of overhead and one per
 * element for lists and maps.
 */
final class ItemSize {
    static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {}

    static int of(Map<String, Value> item) {
        int size = 0;
        for (Map.Entry<String, Value> e : item.entrySet()) {
            size += utf8(e.getKey()) + of(e.getValue());
        }
        return size;
    }

    static int of(Value value) {
        if (value instanceof Value.S s) {
            return utf8(s.s());
        } else if (value instanceof Value.N n) {
            return number(n);
        } else if (value instanceof Value.B b) {
            return b.b().length();
        } else if (value instanceof Value.SS ss) {
            return ss.values().stream().mapToInt(ItemSize::utf8).sum();
        } else if (value instanceof Value.NS ns) {
            return ns.values().stream().mapToInt(n -> number(new Value.N(n))).sum();
        } else if (value instanceof Value.BS bs) {
            return bs.values().stream().mapToInt(Bytes::length).sum();
        } else if (value instanceof Value.L l) {
            return 3 + l.values().stream().mapToInt(v -> 1 + of(v)).sum();
        } else if (value instanceof Value.M m) {
            return 3 + m.values().entrySet().stream().mapToInt(e -> 1 + utf8(e.getKey()) + of(e.getValue())).sum();
        }
        return 1;
    }

    static void check(Map<String, Value> item) {
        if (of(item) > MAX_ITEM_BYTES) {
            throw TableException.validation("Item size has exceeded the maximum allowed size");
        }
    }

    private static int number(Value.N n) {
        return (n.n().precision() + 1) / 2 + 1;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
