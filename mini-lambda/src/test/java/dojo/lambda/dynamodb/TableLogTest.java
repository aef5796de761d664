package dojo.lambda.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An account's tables come back from snapshot and log after a restart, also after a torn last write. */
class TableLogTest {
    @TempDir
    Path dir;
    private final InstantSource clock = InstantSource.fixed(Instant.parse("2026-01-02T03:04:05Z"));

    private AccountTables open() {
        return AccountTables.open("000000000000", dir, clock, () -> {});
    }

    private static TableDefinition definition(String name) {
        return new TableDefinition(name, "id-" + name, "000000000000", "us-east-1", new KeySchema("pk", "S", null, null),
                "PAY_PER_REQUEST", 0, 0, Instant.parse("2026-01-01T00:00:00Z"), "NEW_IMAGE", "2026-01-01T00:00:00.000");
    }

    private static void put(AccountTables a, String table, String pk, String n) {
        Table t = a.table(table);
        Map<String, Value> item = Map.of("pk", new Value.S(pk), "n", new Value.N(new BigDecimal(n)));
        a.locked(() -> {
            a.write(List.of(new AccountTables.Pending(t, t.keys().ofItem(item), item)));
            return null;
        });
    }

    @Test
    void itemsAndStreamRecordsComeBackAfterReopening() {
        AccountTables first = open();
        first.locked(() -> {
            first.record(new TableEvent.Created(definition("t1")));
            return null;
        });
        put(first, "t1", "a", "1");
        put(first, "t1", "a", "2");
        first.close();

        AccountTables second = open();
        Table t = second.table("t1");
        assertThat(t.get(new TableKey(new Value.S("a"), TableKey.NO_SORT))).containsEntry("n", new Value.N(BigDecimal.valueOf(2)));
        ChangeStream s = second.stream(t.definition().streamArn());
        assertThat(s.records()).extracting(StreamRecord::eventName).containsExactly("INSERT", "MODIFY");
        put(second, "t1", "b", "3");
        assertThat(s.last()).isGreaterThan(s.records().get(1).sequenceNumber());
        second.close();
    }

    @Test
    void aTornLastLineIsAWriteThatNeverHappened() throws Exception {
        AccountTables first = open();
        first.locked(() -> {
            first.record(new TableEvent.Created(definition("t2")));
            return null;
        });
        put(first, "t2", "a", "1");
        first.close();
        try (var files = Files.list(dir)) {
            Path log = files.filter(f -> f.getFileName().toString().endsWith(".log")).findFirst().orElseThrow();
            Files.writeString(log, "{\"op\":\"Written\",\"at\":1,\"chan", java.nio.file.StandardOpenOption.APPEND);
        }
        AccountTables second = open();
        assertThat(second.table("t2").itemCount()).isEqualTo(1);
        second.close();
    }
}
