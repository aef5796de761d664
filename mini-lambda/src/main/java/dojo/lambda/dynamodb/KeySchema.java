package dojo.lambda.dynamodb;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A table's primary key: the partition (HASH) attribute and the optional sort (RANGE) attribute,
 * each with its scalar type {@code S}, {@code N} or {@code B}. Checks items and keys as AWS does.
 */
record KeySchema(String partition, String partitionType, String sort, String sortType) {
    KeySchema {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(partitionType, "partitionType");
    }

    boolean hasSort() {
        return sort != null;
    }

    boolean isKey(String attribute) {
        return attribute.equals(partition) || attribute.equals(sort);
    }

    /** The key of an item to store: key attributes present, of the right type, not empty. */
    TableKey ofItem(Map<String, Value> item) {
        return new TableKey(itemPart(item, partition, partitionType),
                hasSort() ? itemPart(item, sort, sortType) : TableKey.NO_SORT);
    }

    private static Value itemPart(Map<String, Value> item, String name, String type) {
        Value v = item.get(name);
        if (v == null) {
            throw TableException.validation("One or more parameter values were invalid: Missing the key " + name + " in the item");
        }
        if (!v.type().equals(type)) {
            throw TableException.validation("One or more parameter values were invalid: Type mismatch for key " + name
                    + " expected: " + type + " actual: " + v.type());
        }
        checkNotEmpty(name, v);
        return v;
    }

    /** The key a request names (GetItem, DeleteItem, ...): exactly the key attributes. */
    TableKey ofKey(Map<String, Value> key) {
        int expected = hasSort() ? 2 : 1;
        Value p = key.get(partition);
        Value s = hasSort() ? key.get(sort) : TableKey.NO_SORT;
        if (key.size() != expected || p == null || s == null || !p.type().equals(partitionType)
                || (hasSort() && !s.type().equals(sortType))) {
            throw TableException.validation("The provided key element does not match the schema");
        }
        checkNotEmpty(partition, p);
        if (hasSort()) {
            checkNotEmpty(sort, s);
        }
        return new TableKey(p, s);
    }

    private static void checkNotEmpty(String name, Value v) {
        if ((v instanceof Value.S s && s.s().isEmpty()) || (v instanceof Value.B b && b.b().length() == 0)) {
            throw TableException.validation("One or more parameter values are not valid. The AttributeValue for a key attribute "
                    + "cannot contain an empty " + (v instanceof Value.S ? "string" : "binary") + " value. Key: " + name);
        }
    }

    /** The key attributes of a stored key, as the wire shows them (LastEvaluatedKey, stream Keys). */
    Map<String, Value> attributes(TableKey key) {
        Map<String, Value> m = new LinkedHashMap<>();
        m.put(partition, key.partition());
        if (hasSort()) {
            m.put(sort, key.sort());
        }
        return m;
    }
}
