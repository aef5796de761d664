package dojo.lambda.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.api.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BillingMeterTest {
    private static final String ALICE = "111111111111";
    private static final String BOB = "222222222222";
    private static final Instant EVER = Instant.EPOCH;
    private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

    @TempDir
    Path data;

    private final TestClock clock = new TestClock("2026-11-23T10:15:30.123Z");
    private final List<BillingMeter> meters = new ArrayList<>();

    private BillingMeter meter() {
        BillingMeter meter = new BillingMeter(data, PriceSheet.standard(), clock);
        meters.add(meter);
        return meter;
    }

    @AfterEach
    void closeMeters() {
        meters.forEach(BillingMeter::close);
    }

    private Path usageFile(String account) {
        return data.resolve("accounts").resolve(account).resolve("usage.jsonl");
    }

    @Test
    void warmInvocationIsBilledPerMillisecondRoundedUp() {
        UsageRecord usage = meter().record(ALICE, "hello", "req-1", 12.34, 0, 512, "x86_64", "SUCCESS");

        assertThat(usage.billedMs()).isEqualTo(13);
        assertThat(usage.gbSeconds()).isEqualByComparingTo("0.0065");
        // 0.0065 GB-s x 0.0000166667 + one request at 0.0000002
        assertThat(usage.cost()).isEqualByComparingTo("0.00000030833355");
        assertThat(usage.coldStart()).isFalse();
        assertThat(usage.timestamp()).isEqualTo(Instant.parse("2026-11-23T10:15:30.123Z"));
    }

    @Test
    void coldStartBillsTheInitDurationToo() {
        UsageRecord usage = meter().record(ALICE, "hello", "req-1", 12.34, 234.56, 1024, "arm64", "SUCCESS");

        assertThat(usage.billedMs()).isEqualTo(247);
        assertThat(usage.gbSeconds()).isEqualByComparingTo("0.247");
        assertThat(usage.coldStart()).isTrue();
        assertThat(usage.cost()).isEqualByComparingTo("0.0000034933498");
    }

    @Test
    void eachRecordAppendsOneLineToTheAccountsUsageFile() throws IOException {
        BillingMeter meter = meter();
        meter.record(ALICE, "hello", "req-1", 1, 0, 128, "x86_64", "SUCCESS");
        meter.record(ALICE, "hello", "req-2", 1, 0, 128, "x86_64", "TIMEOUT");

        List<String> lines = Files.readAllLines(usageFile(ALICE));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("\"requestId\":\"req-2\"", "\"outcome\":\"TIMEOUT\"",
                "\"timestamp\":\"2026-11-23T10:15:30.123Z\"", "\"cost\":0.0000002020833375");
    }

    @Test
    void usageSurvivesARestart() {
        BillingMeter before = meter();
        UsageRecord first = before.record(ALICE, "hello", "req-1", 12.34, 234.56, 512, "x86_64", "SUCCESS");
        clock.advance(Duration.ofMillis(5));
        UsageRecord second = before.record(ALICE, "hello", "req-2", 3000, 0, 512, "x86_64", "TIMEOUT");
        before.close();

        BillingMeter after = meter();

        assertThat(after.usage(ALICE, null, EVER, NEVER)).containsExactly(first, second);
        assertThat(after.bill(ALICE, YearMonth.of(2026, 11))).isEqualTo(before.bill(ALICE, YearMonth.of(2026, 11)));
    }

    @Test
    void halfWrittenLastLineFromACrashIsDroppedAndAppendingContinues() throws IOException {
        BillingMeter before = meter();
        UsageRecord kept = before.record(ALICE, "hello", "req-1", 5, 0, 128, "x86_64", "SUCCESS");
        before.close();
        Files.writeString(usageFile(ALICE), "{\"accountId\":\"1111", StandardOpenOption.APPEND);

        BillingMeter after = meter();
        UsageRecord next = after.record(ALICE, "hello", "req-2", 5, 0, 128, "x86_64", "SUCCESS");

        assertThat(after.usage(ALICE, null, EVER, NEVER)).containsExactly(kept, next);
        assertThat(Files.readAllLines(usageFile(ALICE))).hasSize(2);
    }

    @Test
    void corruptLineInTheMiddleIsReportedWithItsLineNumber() throws IOException {
        Files.createDirectories(usageFile(ALICE).getParent());
        Files.writeString(usageFile(ALICE), "not json\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> meter().usage(ALICE, null, EVER, NEVER))
                .isInstanceOf(ApiException.class)
                .hasMessageStartingWith("Expected a usage record as JSON on line 1 of " + usageFile(ALICE)
                        + ", found 'not json'")
                .hasMessageEndingWith("; fix or remove that line and restart");
    }

    @Test
    void usageIsFilteredByFunctionAndHalfOpenTimeRange() {
        BillingMeter meter = meter();
        clock.set("2026-11-01T00:00:00Z");
        UsageRecord a = meter.record(ALICE, "a", "req-1", 1, 0, 128, "x86_64", "SUCCESS");
        clock.set("2026-11-02T00:00:00Z");
        UsageRecord b = meter.record(ALICE, "b", "req-2", 1, 0, 128, "x86_64", "SUCCESS");
        clock.set("2026-11-03T00:00:00Z");
        meter.record(ALICE, "a", "req-3", 1, 0, 128, "x86_64", "SUCCESS");

        Instant from = Instant.parse("2026-11-01T00:00:00Z");
        Instant to = Instant.parse("2026-11-03T00:00:00Z");
        assertThat(meter.usage(ALICE, null, from, to)).containsExactly(a, b);
        assertThat(meter.usage(ALICE, "a", from, to)).containsExactly(a);
    }

    @Test
    void billCountsOnlyTheMonthAskedForInUtc() {
        BillingMeter meter = meter();
        clock.set("2026-10-31T23:59:59.999Z");
        meter.record(ALICE, "hello", "req-1", 100, 0, 1024, "x86_64", "SUCCESS");
        clock.set("2026-11-01T00:00:00Z");
        meter.record(ALICE, "hello", "req-2", 100, 0, 1024, "x86_64", "SUCCESS");
        meter.record(ALICE, "hello", "req-3", 300, 0, 1024, "x86_64", "SUCCESS");

        Bill november = meter.currentBill(ALICE);

        assertThat(november.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(november.requests()).isEqualTo(2);
        assertThat(november.gbSeconds()).isEqualByComparingTo("0.4");
        assertThat(november.freeGbSeconds()).isEqualByComparingTo("0.4");
        assertThat(november.grossCost()).isEqualByComparingTo("0.00000706668");
        assertThat(november.amountDue()).hasToString("0.00");
    }

    @Test
    void oneAccountNeverSeesAnothersUsage() {
        BillingMeter meter = meter();
        meter.record(ALICE, "hello", "req-1", 1, 0, 128, "x86_64", "SUCCESS");

        assertThat(meter.usage(BOB, null, EVER, NEVER)).isEmpty();
        assertThat(meter.currentBill(BOB).lines()).isEmpty();
        assertThat(Files.exists(usageFile(BOB))).isFalse();
    }

    @Test
    void accountIdMustBeTwelveDigitsSoItCannotEscapeTheDataDirectory() {
        assertThatThrownBy(() -> meter().record("../../etc", "x", "r", 1, 0, 128, "x86_64", "SUCCESS"))
                .isInstanceOf(ApiException.class)
                .hasMessage("Expected a 12-digit account id, found '../../etc'; pass the function's accountId");
    }

    @Test
    void concurrentRecordsAreAllKeptInMemoryAndOnDisk() throws Exception {
        BillingMeter meter = meter();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        meter.record(thread % 2 == 0 ? ALICE : BOB, "f" + thread, thread + "-" + i, 1, 0, 128,
                                "x86_64", "SUCCESS");
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        meter.close();

        BillingMeter reloaded = meter();
        assertThat(reloaded.usage(ALICE, null, EVER, NEVER)).hasSize(1000);
        assertThat(reloaded.usage(BOB, "f1", EVER, NEVER)).hasSize(500);
        assertThat(reloaded.currentBill(ALICE).requests()).isEqualTo(1000);
    }
}
