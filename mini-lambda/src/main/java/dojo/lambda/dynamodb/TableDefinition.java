package dojo.lambda.dynamodb;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * What CreateTable fixed about a table: name, key schema, billing, and its stream if enabled
 * ({@code streamViewType} NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES or KEYS_ONLY; null when off).
 * {@code streamLabel} names the latest stream (a timestamp, as AWS makes it), or is null.
 */
record TableDefinition(String name, String tableId, String accountId, String region, KeySchema keys, String billingMode,
        long readCapacity, long writeCapacity, Instant created, String streamViewType, String streamLabel) {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    TableDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tableId, "tableId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(billingMode, "billingMode");
        Objects.requireNonNull(created, "created");
    }

    static String label(Instant at) {
        return LABEL.format(at);
    }

    String arn() {
        return "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + name;
    }

    boolean streamEnabled() {
        return streamViewType != null;
    }

    /** The latest stream's ARN, or null if the table never had a stream. */
    String streamArn() {
        return streamLabel == null ? null : arn() + "/stream/" + streamLabel;
    }

    TableDefinition withStream(String viewType, String label) {
        return new TableDefinition(name, tableId, accountId, region, keys, billingMode, readCapacity, writeCapacity, created,
                viewType, label);
    }
}
