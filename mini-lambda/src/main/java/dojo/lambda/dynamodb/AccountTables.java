package dojo.lambda.dynamodb;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One account's tables and streams. Every read and write runs under {@link #locked}, so a
 * request (or a whole transaction) sees and changes the tables atomically. Changes go through
 * {@link TableEvent}s: applied in memory, then appended to the {@link TableLog}.
 */
final class AccountTables {
    static final Duration RETENTION = Duration.ofHours(24);
    static final BigInteger FIRST_SEQUENCE = BigInteger.TEN.pow(20);

    /** An item to store ({@code item} null: to delete) under {@code key} of table {@code table}. */
    record Pending(Table table, TableKey key, Map<String, Value> item) {
        Pending {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(key, "key");
        }
    }

    final String accountId;
    private final InstantSource clock;
    private final TreeMap<String, Table> tables = new TreeMap<>();
    private final Map<String, ChangeStream> streams = new LinkedHashMap<>();
    private final TableLog log;
    private final Runnable onRecords;
    private BigInteger sequence = FIRST_SEQUENCE;

    private AccountTables(String accountId, Path dir, InstantSource clock, Runnable onRecords) {
        this.accountId = accountId;
        this.clock = clock;
        this.onRecords = onRecords;
        this.log = TableLog.open(dir, s -> Snapshot.restore(s, this), this::apply);
        log.compact(Snapshot.of(this));
    }

    /** Opens the account's tables under {@code dir}; {@code onRecords} runs after stream records are added. */
    static AccountTables open(String accountId, Path dir, InstantSource clock, Runnable onRecords) {
        return new AccountTables(accountId, dir, clock, onRecords);
    }

    synchronized <T> T locked(Supplier<T> work) {
        return work.get();
    }

    Instant now() {
        return clock.instant();
    }

    /** The table, or ResourceNotFoundException as AWS words it for item operations. */
    Table table(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw TableException.notFound("Requested resource not found");
        }
        return t;
    }

    Table find(String name) {
        return tables.get(name);
    }

    Collection<Table> tables() {
        return tables.values();
    }

    Collection<ChangeStream> streams() {
        return streams.values();
    }

    ChangeStream stream(String arn) {
        return streams.get(arn);
    }

    BigInteger sequence() {
        return sequence;
    }

    void restoreSequence(BigInteger s) {
        sequence = s;
    }

    void restoreTable(Table t) {
        tables.put(t.definition().name(), t);
    }

    void restoreStream(ChangeStream s) {
        streams.put(s.info().arn(), s);
    }

    /** Applies and logs a table-level change (create, delete, stream on or off). */
    void record(TableEvent e) {
        apply(e);
        log.append(e);
        if (log.wantsCompaction()) {
            log.compact(Snapshot.of(this));
        }
    }

    /** Writes items together; changes that change nothing are dropped, as they make no stream record. */
    void write(List<Pending> pending) {
        List<TableEvent.ItemChange> changes = new ArrayList<>();
        for (Pending p : pending) {
            if (!Objects.equals(p.table().get(p.key()), p.item())) {
                sequence = sequence.add(BigInteger.ONE);
                changes.add(new TableEvent.ItemChange(p.table().definition().name(), p.table().keys().attributes(p.key()), p.item(),
                        eventId(), sequence));
            }
        }
        if (!changes.isEmpty()) {
            record(new TableEvent.Written(now(), changes));
        }
    }

    /** 32 hex digits like AWS's event ids; unique, not secret, so no secure random is needed. */
    private static String eventId() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return java.util.HexFormat.of().toHexDigits(r.nextLong()) + java.util.HexFormat.of().toHexDigits(r.nextLong());
    }

    private void apply(TableEvent e) {
        if (e instanceof TableEvent.Created c) {
            tables.put(c.table().name(), new Table(c.table()));
            if (c.table().streamEnabled()) {
                openStream(c.table(), c.table().created());
            }
        } else if (e instanceof TableEvent.Deleted d) {
            Table t = tables.remove(d.name());
            closeStream(t.definition());
        } else if (e instanceof TableEvent.StreamChanged s) {
            Table t = tables.get(s.name());
            closeStream(t.definition());
            TableDefinition d = t.definition().withStream(s.viewType(), s.label() != null ? s.label() : t.definition().streamLabel());
            t.redefine(d);
            if (d.streamEnabled()) {
                openStream(d, s.at());
            }
        } else {
            written((TableEvent.Written) e);
        }
    }

    private void written(TableEvent.Written w) {
        boolean recorded = false;
        for (TableEvent.ItemChange c : w.changes()) {
            Table t = tables.get(c.table());
            TableKey key = t.keys().ofKey(c.key());
            Map<String, Value> old = t.get(key);
            t.write(key, c.item());
            TableDefinition d = t.definition();
            if (d.streamEnabled()) {
                ChangeStream s = streams.get(d.streamArn());
                s.trim(w.at().minus(RETENTION));
                s.append(StreamRecord.of(c.eventId(), c.sequence(), w.at(), c.key(), old, c.item(), d.streamViewType()));
                recorded = true;
            }
            sequence = sequence.max(c.sequence());
        }
        if (recorded) {
            onRecords.run();
        }
    }

    private void openStream(TableDefinition d, Instant at) {
        streams.put(d.streamArn(), new ChangeStream(new ChangeStream.Info(d.streamArn(), d.streamLabel(), d.name(), d.keys(),
                d.streamViewType(), d.region(), at)));
    }

    private void closeStream(TableDefinition d) {
        if (d.streamEnabled()) {
            streams.get(d.streamArn()).disable();
        }
    }

    void close() {
        log.close();
    }
}
