package dojo.grader.api;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The side effects between two {@link Snapshot}s: entries added, removed and changed. Two diffs
 * are equal when they describe the same effects, which is how a check says "delivering this
 * twice did what delivering it once did".
 */
public record Diff(String source, SortedMap<String, String> added, SortedMap<String, String> removed,
        SortedMap<String, Change> changed) {

    /** One entry's content before and after. */
    public record Change(String before, String after) {
        public Change {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    public Diff {
        Objects.requireNonNull(source, "source");
        added = Collections.unmodifiableSortedMap(new TreeMap<>(added));
        removed = Collections.unmodifiableSortedMap(new TreeMap<>(removed));
        changed = Collections.unmodifiableSortedMap(new TreeMap<>(changed));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** One line per effect: {@code + key: content}, {@code - key: content}, {@code ~ key: before -> after}. */
    public String render() {
        if (isEmpty()) {
            return source + ": no change";
        }
        StringBuilder out = new StringBuilder(source).append(':');
        for (Map.Entry<String, String> e : added.entrySet()) {
            out.append("\n  + ").append(e.getKey()).append(": ").append(Text.clip(e.getValue(), 200));
        }
        for (Map.Entry<String, String> e : removed.entrySet()) {
            out.append("\n  - ").append(e.getKey()).append(": ").append(Text.clip(e.getValue(), 200));
        }
        for (Map.Entry<String, Change> e : changed.entrySet()) {
            out.append("\n  ~ ").append(e.getKey()).append(": ").append(Text.clip(e.getValue().before(), 100)).append(" -> ")
                    .append(Text.clip(e.getValue().after(), 100));
        }
        return out.toString();
    }
}
