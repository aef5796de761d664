package dojo.lambda.dynamodb;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Every account's tables, each opened from {@code <data>/accounts/<id>/dynamodb} on first use. */
final class Tables implements AutoCloseable {
    private final Path data;
    private final InstantSource clock;
    private final Runnable onRecords;
    private final ConcurrentMap<String, AccountTables> accounts = new ConcurrentHashMap<>();

    Tables(Path data, InstantSource clock, Runnable onRecords) {
        this.data = data;
        this.clock = clock;
        this.onRecords = onRecords;
    }

    AccountTables account(String accountId) {
        return accounts.computeIfAbsent(accountId,
                id -> AccountTables.open(id, data.resolve("accounts").resolve(id).resolve("dynamodb"), clock, onRecords));
    }

    InstantSource clock() {
        return clock;
    }

    @Override
    public void close() {
        accounts.values().forEach(a -> a.locked(() -> {
            a.close();
            return null;
        }));
    }
}
