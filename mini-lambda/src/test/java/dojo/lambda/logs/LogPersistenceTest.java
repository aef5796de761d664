package dojo.lambda.logs;

import static dojo.lambda.logs.LogStoreTest.ALICE;
import static dojo.lambda.logs.LogStoreTest.STREAM;
import static dojo.lambda.logs.LogStoreTest.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogPersistenceTest {
    @TempDir
    Path data;

    private Path file() {
        return data.resolve("accounts/111111111111/logs/hello.log");
    }

    private LogStore store(int maxEvents, Duration flushEvery, long maxFileBytes) {
        return new LogStore(data, new LogLimits(maxEvents, 100, flushEvery, maxFileBytes));
    }

    private static void append(LogStore logs, int count) {
        for (int i = 0; i < count; i++) {
            logs.append(ALICE, "hello", STREAM, "req", T0.plusMillis(i), "line " + i);
        }
    }

    @Test
    void logsSurviveARestartAndNumberingContinues() {
        List<LogEvent> before;
        try (LogStore logs = store(100, Duration.ofMinutes(1), 1L << 20)) {
            append(logs, 3);
            before = logs.read(ALICE, "hello", 0, 100).events();
        }

        try (LogStore logs = store(100, Duration.ofMinutes(1), 1L << 20)) {
            assertThat(logs.read(ALICE, "hello", 0, 100).events()).isEqualTo(before);
            assertThat(logs.append(ALICE, "hello", STREAM, null, T0, "after").sequence()).isEqualTo(4);
            assertThat(logs.tail(ALICE, "hello", "req", 4096)).isEqualTo("line 0\nline 1\nline 2\n");
        }
    }

    @Test
    void restartReloadsOnlyTheNewestEvents() {
        try (LogStore logs = store(100, Duration.ofMinutes(1), 1L << 20)) {
            append(logs, 50);
        }

        try (LogStore logs = store(3, Duration.ofMinutes(1), 1L << 20)) {
            LogPage page = logs.read(ALICE, "hello", 0, 100);
            assertThat(page.events()).extracting(LogEvent::message).containsExactly("line 47", "line 48", "line 49");
            assertThat(page.evicted()).isEqualTo(47);
        }
    }

    @Test
    void appendsReachTheFileWithinTheFlushInterval() throws Exception {
        try (LogStore logs = store(100, Duration.ofMillis(20), 1L << 20)) {
            append(logs, 2);

            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!(Files.exists(file()) && Files.readAllLines(file()).size() == 2) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(Files.readAllLines(file())).hasSize(2);
        }
    }

    @Test
    void halfWrittenLastLineFromACrashIsDropped() throws IOException {
        try (LogStore logs = store(100, Duration.ofMinutes(1), 1L << 20)) {
            append(logs, 2);
        }
        Files.writeString(file(), "{\"sequence\":3,\"timest", StandardOpenOption.APPEND);

        try (LogStore logs = store(100, Duration.ofMinutes(1), 1L << 20)) {
            assertThat(logs.read(ALICE, "hello", 0, 100).events()).hasSize(2);
            assertThat(logs.append(ALICE, "hello", STREAM, null, T0, "next").sequence()).isEqualTo(3);
            logs.flush();
            assertThat(Files.readAllLines(file())).hasSize(3).last().asString().contains("\"message\":\"next\"");
        }
    }

    @Test
    void fileGrownPastItsLimitIsCompactedToTheKeptEvents() throws IOException {
        try (LogStore logs = store(3, Duration.ofMinutes(1), 1000)) {
            append(logs, 50);
            logs.flush();

            assertThat(Files.readAllLines(file())).hasSize(3);
            assertThat(logs.append(ALICE, "hello", STREAM, null, T0, "after").sequence()).isEqualTo(51);
        }
        try (LogStore logs = store(100, Duration.ofMinutes(1), 1L << 20)) {
            assertThat(logs.read(ALICE, "hello", 0, 100).events())
                    .extracting(LogEvent::sequence)
                    .containsExactly(48L, 49L, 50L, 51L);
        }
    }

    @Test
    void compactionWaitsForTheFileToDoubleWhenTheKeptEventsAloneExceedTheLimit() throws IOException {
        try (LogStore logs = store(3, Duration.ofMinutes(1), 1000)) {
            for (int i = 0; i < 5; i++) {
                logs.append(ALICE, "hello", STREAM, null, T0, "x".repeat(600));
            }
            logs.flush();
            assertThat(Files.readAllLines(file())).hasSize(3);

            logs.append(ALICE, "hello", STREAM, null, T0, "x".repeat(600));
            logs.flush();

            assertThat(Files.readAllLines(file())).hasSize(4);
        }
    }
}
