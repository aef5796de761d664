package dojo.lambda.sqs;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A queue's settings as kept in its {@code queue.json}: attributes, tags and timestamps (epoch seconds). */
record QueueMeta(QueueAddress address, QueueAttributes attributes, Map<String, String> tags, long createdTimestamp,
        long lastModifiedTimestamp) {
    QueueMeta {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(attributes, "attributes");
        tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags == null ? Map.of() : tags));
    }

    QueueMeta withAttributes(QueueAttributes changed, long now) {
        return new QueueMeta(address, changed, tags, createdTimestamp, now);
    }

    QueueMeta withTags(Map<String, String> changed) {
        return new QueueMeta(address, attributes, changed, createdTimestamp, lastModifiedTimestamp);
    }
}
