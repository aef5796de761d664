package dojo.grader.api;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The side effects a check can see at one moment, e.g. a table's items or a queue's messages:
 * each entry a key (an item's key) and its content as text (the item as JSON). Compare two
 * snapshots with {@link #diff}.
 *
 * @param source what was looked at, e.g. {@code table payments}
 */
public record Snapshot(String source, SortedMap<String, String> entries) {
    public Snapshot {
        Objects.requireNonNull(source, "source");
        entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    public static Snapshot of(String source, Map<String, String> entries) {
        return new Snapshot(source, new TreeMap<>(entries));
    }

    /** This snapshot and {@code other} as one, e.g. two tables a handler writes to. */
    public Snapshot plus(Snapshot other) {
        TreeMap<String, String> both = new TreeMap<>(entries);
        both.putAll(other.entries);
        return new Snapshot(source + " and " + other.source, both);
    }

    /** What changed from this snapshot to {@code later}. */
    public Diff diff(Snapshot later) {
        TreeMap<String, String> added = new TreeMap<>();
        TreeMap<String, String> removed = new TreeMap<>();
        TreeMap<String, Diff.Change> changed = new TreeMap<>();
        for (Map.Entry<String, String> e : later.entries.entrySet()) {
            String before = entries.get(e.getKey());
            if (before == null) {
                added.put(e.getKey(), e.getValue());
            } else if (!before.equals(e.getValue())) {
                changed.put(e.getKey(), new Diff.Change(before, e.getValue()));
            }
        }
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (!later.entries.containsKey(e.getKey())) {
                removed.put(e.getKey(), e.getValue());
            }
        }
        return new Diff(source, added, removed, changed);
    }
}
