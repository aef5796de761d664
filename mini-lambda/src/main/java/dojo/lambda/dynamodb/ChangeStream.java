package dojo.lambda.dynamodb;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table's stream: its records in sequence order on one shard, kept for 24 hours as on AWS.
 * Disabling (DeleteTable, or turning the stream off) closes the shard; its records stay readable.
 * Not thread-safe: guarded by {@link AccountTables}'s lock.
 */
final class ChangeStream {
    record Info(String arn, String label, String tableName, KeySchema keys, String viewType, String region, Instant created) {
        Info {
            Objects.requireNonNull(arn, "arn");
            Objects.requireNonNull(viewType, "viewType");
        }

        /** AWS's shard id shape: {@code shardId-<20 digits>-<8 hex>}. */
        String shardId() {
            return String.format("shardId-%020d-%08x", created.toEpochMilli(), arn.hashCode());
        }
    }

    private final Info info;
    private final List<StreamRecord> records = new ArrayList<>();
    private boolean enabled = true;
    private BigInteger trimmedThrough = BigInteger.ZERO;

    ChangeStream(Info info) {
        this.info = info;
    }

    Info info() {
        return info;
    }

    boolean enabled() {
        return enabled;
    }

    void disable() {
        enabled = false;
    }

    BigInteger trimmedThrough() {
        return trimmedThrough;
    }

    void restore(boolean enabled, BigInteger trimmedThrough, List<StreamRecord> kept) {
        this.enabled = enabled;
        this.trimmedThrough = trimmedThrough;
        records.addAll(kept);
    }

    void append(StreamRecord r) {
        records.add(r);
    }

    /** Drops records created before {@code cutoff}. */
    void trim(Instant cutoff) {
        int n = 0;
        while (n < records.size() && records.get(n).created().isBefore(cutoff)) {
            trimmedThrough = records.get(n).sequenceNumber();
            n++;
        }
        records.subList(0, n).clear();
    }

    List<StreamRecord> records() {
        return Collections.unmodifiableList(records);
    }

    /** Up to {@code limit} records with sequence number at or after {@code from}. */
    List<StreamRecord> read(BigInteger from, int limit) {
        int lo = 0;
        int hi = records.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (records.get(mid).sequenceNumber().compareTo(from) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return List.copyOf(records.subList(lo, Math.min(records.size(), lo + limit)));
    }

    /** The first sequence number of the shard, or null before its first record. */
    BigInteger first() {
        return records.isEmpty() ? null : records.get(0).sequenceNumber();
    }

    /** The last sequence number written, or null before the first record. */
    BigInteger last() {
        return records.isEmpty() ? null : records.get(records.size() - 1).sequenceNumber();
    }
}
