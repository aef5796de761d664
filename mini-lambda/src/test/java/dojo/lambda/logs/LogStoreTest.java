package dojo.lambda.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.api.ApiException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogStoreTest {
    static final String ALICE = "111111111111";
    static final String BOB = "222222222222";
    static final String STREAM = "2026/11/23/[$LATEST]0b1c2d3e4f5061728394a5b6c7d8e9f0";
    static final Instant T0 = Instant.parse("2026-11-23T10:15:30.123Z");

    @TempDir
    Path data;

    private LogStore store;

    private LogStore store(int maxEvents) {
        store = new LogStore(data, new LogLimits(maxEvents, 100, Duration.ofMillis(200), 1L << 20));
        return store;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static void invocation(LogStore store, String account, String requestId, String... output) {
        store.append(account, "hello", STREAM, requestId, T0, LogFormat.start(requestId));
        for (String line : output) {
            store.append(account, "hello", STREAM, requestId, T0, line);
        }
        store.append(account, "hello", STREAM, requestId, T0, LogFormat.end(requestId));
        store.append(account, "hello", STREAM, requestId, T0,
                LogFormat.report(ReportLine.of(requestId, 12.34, 13, 512, 87, 0)));
    }

    @Test
    void eventsAreNumberedInAppendOrderAndReadAfterACursor() {
        LogStore logs = store(100);
        for (int i = 1; i <= 5; i++) {
            assertThat(logs.append(ALICE, "hello", STREAM, "r", T0, "line " + i).sequence()).isEqualTo(i);
        }

        LogPage first = logs.read(ALICE, "hello", 0, 2);
        LogPage rest = logs.read(ALICE, "hello", first.nextCursor(), 10);
        LogPage none = logs.read(ALICE, "hello", rest.nextCursor(), 10);

        assertThat(first.events()).extracting(LogEvent::message).containsExactly("line 1", "line 2");
        assertThat(first.nextCursor()).isEqualTo(2);
        assertThat(rest.events()).extracting(LogEvent::sequence).containsExactly(3L, 4L, 5L);
        assertThat(none.events()).isEmpty();
        assertThat(none.nextCursor()).isEqualTo(5);
        assertThat(rest.events().get(0)).isEqualTo(new LogEvent(3, T0, STREAM, "r", "line 3"));
    }

    @Test
    void onlyTheNewestEventsAreKeptAndAReaderIsToldHowManyItMissed() {
        LogStore logs = store(3);
        for (int i = 1; i <= 5; i++) {
            logs.append(ALICE, "hello", STREAM, null, T0, "line " + i);
        }

        LogPage page = logs.read(ALICE, "hello", 0, 10);

        assertThat(page.events()).extracting(LogEvent::sequence).containsExactly(3L, 4L, 5L);
        assertThat(page.evicted()).isEqualTo(2);
        assertThat(logs.read(ALICE, "hello", 3, 10).evicted()).isZero();
    }

    @Test
    void eachEventIsOneLineWithoutItsLineBreakAndAtMost256KiB() {
        LogStore logs = store(10);

        assertThat(logs.append(ALICE, "hello", STREAM, "r", T0, "hello world\r\n").message()).isEqualTo("hello world");
        assertThat(logs.append(ALICE, "hello", STREAM, "r", T0, "x".repeat(300_000)).message())
                .hasSize(LogStore.MAX_MESSAGE_CHARS);
    }

    @Test
    void tailIsOneInvocationsLinesEachEndingWithALineBreak() {
        LogStore logs = store(100);
        invocation(logs, ALICE, "req-1", "first");
        invocation(logs, ALICE, "req-2", "second");

        assertThat(logs.tail(ALICE, "hello", "req-1", 4096)).isEqualTo(
                "START RequestId: req-1 Version: $LATEST\nfirst\nEND RequestId: req-1\nREPORT RequestId: req-1"
                        + "\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 512 MB\tMax Memory Used: 87 MB\t\n");
    }

    @Test
    void tailKeepsOnlyTheLastBytesOfALongLog() {
        LogStore logs = store(1000);
        String[] output = new String[100];
        for (int i = 0; i < output.length; i++) {
            output[i] = "output line " + i + " " + "-".repeat(80);
        }
        invocation(logs, ALICE, "req-1", output);

        String tail = logs.tail(ALICE, "hello", "req-1", 4096);

        assertThat(tail.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(4096);
        assertThat(tail).endsWith("Max Memory Used: 87 MB\t\n").doesNotContain("START");
    }

    @Test
    void tailNeverSplitsAMultiByteCharacter() {
        LogStore logs = store(10);
        logs.append(ALICE, "hello", STREAM, "r", T0, "€€€"); // 3 bytes each: "€€€\n" is 10 bytes

        assertThat(logs.tail(ALICE, "hello", "r", 10)).isEqualTo("€€€\n");
        assertThat(logs.tail(ALICE, "hello", "r", 8)).isEqualTo("€€\n");
        assertThat(logs.tail(ALICE, "hello", "r", 6)).isEqualTo("€\n");
        logs.append(ALICE, "hello", STREAM, "s", T0, "a😀"); // the emoji is 4 bytes, 2 chars
        assertThat(logs.tail(ALICE, "hello", "s", 5)).isEqualTo("😀\n");
        assertThat(logs.tail(ALICE, "hello", "s", 4)).isEqualTo("\n");
    }

    @Test
    void tailOfAnUnknownInvocationIsEmpty() {
        assertThat(store(10).tail(ALICE, "hello", "nobody", 4096)).isEmpty();
    }

    @Test
    void oneAccountNeverReadsAnothersLogs() {
        LogStore logs = store(10);
        invocation(logs, ALICE, "req-1", "alice's secret");

        assertThat(logs.read(BOB, "hello", 0, 100).events()).isEmpty();
        assertThat(logs.tail(BOB, "hello", "req-1", 4096)).isEmpty();
        assertThat(logs.append(BOB, "hello", STREAM, "req-9", T0, "bob").sequence()).isEqualTo(1);
        assertThat(logs.read(ALICE, "hello", 0, 100).events()).hasSize(4);
    }

    @Test
    void namesThatCouldEscapeTheDataDirectoryAreRejected() {
        LogStore logs = store(10);

        assertThatThrownBy(() -> logs.read(ALICE, "../222222222222/hello", 0, 10))
                .isInstanceOf(ApiException.class)
                .hasMessage("Expected a function name of 1-64 letters, digits, '-' or '_', found"
                        + " '../222222222222/hello'; pass the function's name");
        assertThatThrownBy(() -> logs.read("11111111111/", "hello", 0, 10))
                .hasMessage("Expected a 12-digit account id, found '11111111111/'; pass the function's accountId");
    }

    @Test
    void pageSizeOutsideCloudWatchsLimitsIsRejected() {
        assertThatThrownBy(() -> store(10).read(ALICE, "hello", 0, 10_001))
                .hasMessage("Expected cursor >= 0 and limit 1-10000, found cursor 0 and limit 10001;"
                        + " start from cursor 0 and pass each page's nextCursor");
    }

    @Test
    void deletingAFunctionRemovesItsEventsAndFile() {
        LogStore logs = store(10);
        invocation(logs, ALICE, "req-1", "bye");
        logs.flush();
        Path file = data.resolve("accounts/111111111111/logs/hello.log");
        assertThat(file).exists();

        logs.deleteFunction(ALICE, "hello");

        assertThat(file).doesNotExist();
        assertThat(logs.read(ALICE, "hello", 0, 10).events()).isEmpty();
        assertThat(logs.append(ALICE, "hello", STREAM, null, T0, "reborn").sequence()).isEqualTo(1);
        assertThat(Files.exists(data.resolve("accounts/111111111111/logs"))).isTrue();
    }
}
