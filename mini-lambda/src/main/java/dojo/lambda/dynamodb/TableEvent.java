package dojo.lambda.dynamodb;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change to an account's tables, as applied in memory and appended to the log. Replaying the
 * log applies the same events again, so items and stream records come back identical.
 */
sealed interface TableEvent {
    record Created(TableDefinition table) implements TableEvent {}

    record Deleted(String name, Instant at) implements TableEvent {}

    /** The stream turned on ({@code viewType} and a new {@code label}) or off (both null). */
    record StreamChanged(String name, String viewType, String label, Instant at) implements TableEvent {}

    /** Items written together (one request, or one transaction), all or nothing. */
    record Written(Instant at, List<ItemChange> changes) implements TableEvent {
        public Written {
            Objects.requireNonNull(at, "at");
            changes = List.copyOf(changes);
        }
    }

    /** One item's new content ({@code item} null: deleted), with its stream record's id and sequence number. */
    record ItemChange(String table, Map<String, Value> key, Map<String, Value> item, String eventId, BigInteger sequence) {
        public ItemChange {
            Objects.requireNonNull(table, "table");
            key = Map.copyOf(key);
        }
    }
}
