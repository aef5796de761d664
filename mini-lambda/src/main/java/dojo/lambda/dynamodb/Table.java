package dojo.lambda.dynamodb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A table's items, ordered by partition key and, within a partition, by sort key. Not
 * thread-safe: {@link AccountTables} guards every table of an account with one lock.
 */
final class Table {
    private TableDefinition definition;
    private final TreeMap<Value, TreeMap<Value, Map<String, Value>>> partitions = new TreeMap<>(ValueOrder.KEYS);
    /** The same items by key, for point reads and writes without walking the ordered maps. */
    private final HashMap<TableKey, Map<String, Value>> byKey = new HashMap<>();
    private long itemCount;
    private long sizeBytes;

    Table(TableDefinition definition) {
        this.definition = definition;
    }

    TableDefinition definition() {
        return definition;
    }

    void redefine(TableDefinition d) {
        this.definition = d;
    }

    KeySchema keys() {
        return definition.keys();
    }

    long itemCount() {
        return itemCount;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    /** The item with that key, or null. */
    Map<String, Value> get(TableKey key) {
        return byKey.get(key);
    }

    /** Stores {@code item} under {@code key}, or deletes the item when {@code item} is null. */
    void write(TableKey key, Map<String, Value> item) {
        Map<String, Value> old;
        if (item == null) {
            old = byKey.remove(key);
            TreeMap<Value, Map<String, Value>> p = old == null ? null : partitions.get(key.partition());
            if (p != null) {
                p.remove(key.sort());
                if (p.isEmpty()) {
                    partitions.remove(key.partition());
                }
            }
        } else {
            Map<String, Value> stored = Collections.unmodifiableMap(new LinkedHashMap<>(item));
            old = byKey.put(key, stored);
            partitions.computeIfAbsent(key.partition(), k -> new TreeMap<>(ValueOrder.KEYS)).put(key.sort(), stored);
            itemCount++;
            sizeBytes += ItemSize.of(item);
        }
        if (old != null) {
            itemCount--;
            sizeBytes -= ItemSize.of(old);
        }
    }

    /** The items of one partition in sort key order, or reversed. */
    List<Map<String, Value>> partition(Value partition, boolean forward) {
        TreeMap<Value, Map<String, Value>> p = partitions.get(partition);
        if (p == null) {
            return List.of();
        }
        return new ArrayList<>(forward ? p.values() : p.descendingMap().values());
    }

    /** All items in key order, starting after {@code exclusiveStart} when it is given. */
    Iterable<Map<String, Value>> scan(TableKey exclusiveStart) {
        NavigableMap<Value, TreeMap<Value, Map<String, Value>>> from = exclusiveStart == null ? partitions
                : partitions.tailMap(exclusiveStart.partition(), true);
        return () -> from.entrySet().stream()
                .flatMap(e -> (exclusiveStart != null && ValueOrder.KEYS.compare(e.getKey(), exclusiveStart.partition()) == 0
                        ? e.getValue().tailMap(exclusiveStart.sort(), false) : e.getValue()).values().stream())
                .iterator();
    }

    /** Every item in key order, for snapshots. */
    Iterable<Map<String, Value>> items() {
        return scan(null);
    }
}
