package dojo.lambda.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.lambda.dynamodb.ShardDelivery.Attempt;
import dojo.lambda.dynamodb.ShardDelivery.Discarded;
import dojo.lambda.dynamodb.ShardDelivery.Rules;
import dojo.lambda.dynamodb.ShardDelivery.Verdict;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardDeliveryTest {
    private final TestClock clock = new TestClock();
    private final List<String> invocations = new ArrayList<>();
    private final List<BigInteger> positions = new ArrayList<>();
    private final List<Discarded> discarded = new ArrayList<>();
    private final List<Long> pauses = new ArrayList<>();

    private static final Attempt OK = new Attempt(Verdict.OK, null, "req", null, null);
    private static final Attempt ERROR = new Attempt(Verdict.FAILED, null, "req-failed", "Unhandled", null);

    /** Records with sequence numbers 1..n, created one second apart ending now. */
    private List<StreamRecord> records(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> StreamRecord.of("e" + i, BigInteger.valueOf(i),
                clock.instant().minusSeconds(n - i), Map.of("id", new Value.S("k" + i)), null, Map.of("id", new Value.S("k" + i)),
                "KEYS_ONLY")).toList();
    }

    private boolean deliver(Rules rules, List<StreamRecord> batch, Function<List<StreamRecord>, Attempt> function) throws Exception {
        ShardDelivery.Outlet outlet = new ShardDelivery.Outlet() {
            @Override
            public void advance(BigInteger next) {
                positions.add(next);
            }

            @Override
            public void discard(Discarded d) {
                discarded.add(d);
            }
        };
        ShardDelivery.Invocation invocation = b -> {
            invocations.add(b.stream().map(StreamRecord::sequence).reduce((x, y) -> x + "," + y).orElseThrow());
            return function.apply(b);
        };
        return new ShardDelivery(rules, invocation, outlet, clock, pauses::add).deliver(batch, () -> false);
    }

    private static boolean contains(List<StreamRecord> batch, int seq) {
        return batch.stream().anyMatch(r -> r.sequenceNumber().intValue() == seq);
    }

    @Test
    void successfulBatchMovesThePositionPastItsLastRecord() throws Exception {
        assertThat(deliver(new Rules(-1, -1, false), records(3), b -> OK)).isTrue();
        assertThat(invocations).containsExactly("1,2,3");
        assertThat(positions).containsExactly(BigInteger.valueOf(4));
        assertThat(discarded).isEmpty();
    }

    @Test
    void failingBatchIsRetriedWholeUntilItSucceedsAndThePositionWaits() throws Exception {
        int[] calls = {0};
        deliver(new Rules(-1, -1, false), records(2), b -> ++calls[0] <= 3 ? ERROR : OK);
        assertThat(invocations).containsExactly("1,2", "1,2", "1,2", "1,2");
        assertThat(positions).containsExactly(BigInteger.valueOf(3));
        assertThat(pauses).containsExactly(100L, 200L, 400L);
    }

    @Test
    void exhaustedRetriesDiscardTheBatchWithItsInvokeCountAndMoveOn() throws Exception {
        deliver(new Rules(2, -1, false), records(2), b -> ERROR);
        assertThat(invocations).hasSize(3);
        assertThat(discarded).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo("RetryAttemptsExhausted");
            assertThat(d.invokeCount()).isEqualTo(3);
            assertThat(d.records()).extracting(StreamRecord::sequence).containsExactly("1", "2");
            assertThat(d.last()).isEqualTo(ERROR);
        });
        assertThat(positions).containsExactly(BigInteger.valueOf(3));
    }

    @Test
    void zeroRetriesDiscardAfterTheFirstFailure() throws Exception {
        deliver(new Rules(0, -1, false), records(1), b -> ERROR);
        assertThat(invocations).hasSize(1);
        assertThat(discarded).singleElement().extracting(Discarded::invokeCount).isEqualTo(1);
    }

    @Test
    void bisectHalvesAFailingBatchUntilThePoisonRecordIsAloneAndOnlyItIsDiscarded() throws Exception {
        deliver(new Rules(0, -1, true), records(4), b -> contains(b, 3) ? ERROR : OK);
        assertThat(invocations).containsExactly("1,2,3,4", "1,2", "3,4", "3", "4");
        assertThat(discarded).singleElement().satisfies(d -> {
            assertThat(d.records()).extracting(StreamRecord::sequence).containsExactly("3");
            assertThat(d.invokeCount()).isEqualTo(3);
        });
        assertThat(positions).containsExactly(BigInteger.valueOf(3), BigInteger.valueOf(4), BigInteger.valueOf(5));
    }

    @Test
    void bisectSplitsUseNoRetriesSoTheLoneRecordGetsAllOfThem() throws Exception {
        deliver(new Rules(1, -1, true), records(2), b -> contains(b, 1) ? ERROR : OK);
        assertThat(invocations).containsExactly("1,2", "1", "1", "2");
        assertThat(discarded).singleElement().extracting(d -> d.records().size()).isEqualTo(1);
    }

    @Test
    void partialResponseCompletesRecordsBeforeTheLowestFailedAndRetriesFromIt() throws Exception {
        int[] calls = {0};
        deliver(new Rules(-1, -1, true), records(4), b -> ++calls[0] == 1
                ? new Attempt(Verdict.PARTIAL, BigInteger.valueOf(3), "req", null, null) : OK);
        assertThat(invocations).containsExactly("1,2,3,4", "3,4");
        assertThat(positions).containsExactly(BigInteger.valueOf(3), BigInteger.valueOf(5));
    }

    @Test
    void recordsOlderThanTheMaximumAgeAreDiscardedBeforeTheNextTry() throws Exception {
        List<StreamRecord> batch = records(2);
        deliver(new Rules(-1, 60, false), batch, b -> {
            clock.advance(Duration.ofSeconds(30));
            return b.size() == 2 ? ERROR : OK;
        });
        // records 1 s and 0 s old at the first try; 60 s later record 1 is 61 s old, past the limit, record 2 just at it
        assertThat(invocations).containsExactly("1,2", "1,2", "2");
        assertThat(discarded).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo("RecordAgeExceeded");
            assertThat(d.records()).extracting(StreamRecord::sequence).containsExactly("1");
        });
        assertThat(positions).containsExactly(BigInteger.valueOf(2), BigInteger.valueOf(3));
    }

    @Test
    void invocationsThatCouldNotRunAreRetriedWithoutUsingRetries() throws Exception {
        int[] calls = {0};
        deliver(new Rules(0, -1, false), records(1), b -> ++calls[0] <= 2
                ? new Attempt(Verdict.NOT_INVOKED, null, null, null, "PROBLEM: Function call throttled") : OK);
        assertThat(invocations).hasSize(3);
        assertThat(discarded).isEmpty();
        assertThat(positions).containsExactly(BigInteger.TWO);
    }

    @Test
    void stoppingLeavesThePositionWhereItWas() throws Exception {
        ShardDelivery d = new ShardDelivery(new Rules(-1, -1, false), b -> ERROR, new ShardDelivery.Outlet() {
            @Override
            public void advance(BigInteger next) {
                positions.add(next);
            }

            @Override
            public void discard(Discarded x) {
                discarded.add(x);
            }
        }, clock, pauses::add);
        assertThat(d.deliver(records(2), () -> pauses.size() >= 2)).isFalse();
        assertThat(positions).isEmpty();
    }

    @Test
    void failureWhileStoppingIsNotCountedSoTheNextStartTriesTheBatchAgain() throws Exception {
        boolean[] stopping = {false};
        ShardDelivery d = new ShardDelivery(new Rules(0, -1, false), b -> {
            stopping[0] = true;
            return ERROR;
        }, new ShardDelivery.Outlet() {
            @Override
            public void advance(BigInteger next) {
                positions.add(next);
            }

            @Override
            public void discard(Discarded x) {
                discarded.add(x);
            }
        }, clock, pauses::add);
        assertThat(d.deliver(records(1), () -> stopping[0])).isFalse();
        assertThat(discarded).isEmpty();
        assertThat(positions).isEmpty();
    }
}
