package dojo.lambda.dynamodb;

import java.math.BigInteger;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What Lambda does with one batch read from a stream's shard before the shard may move on: invoke
 * the function, and while it fails retry, so later records wait, until the batch succeeds or is
 * discarded to the on-failure destination. AWS's rules for stream event sources:
 * <ul>
 *   <li>a function error fails the whole batch; a partial batch response (ReportBatchItemFailures)
 *       marks the records before the lowest failed sequence number done and fails the rest;</li>
 *   <li>a failed batch is retried until MaximumRetryAttempts retries are used (-1: no limit), then
 *       discarded with condition {@code RetryAttemptsExhausted};</li>
 *   <li>with BisectBatchOnFunctionError a batch of two or more records that hit a function error is
 *       split in halves, tried one after the other; a split uses up no retry, so halving goes on
 *       until the bad record is alone and only its own retries count;</li>
 *   <li>records older than MaximumRecordAgeInSeconds (-1: the stream's 24 hour retention) are
 *       discarded before an invocation with condition {@code RecordAgeExceeded};</li>
 *   <li>an invocation that could not run (throttled, function missing) is tried again later and uses
 *       up no retry.</li>
 * </ul>
 * <pre>
 * batch --invoke--> OK ------------------------------------------> advance past it
 *              \--> failed (from record r) --retries left--> bisect? halves : retry --> invoke
 *               \                          \--used up------> discard, advance past it
 *                \--> not invoked --pause--> invoke
 * </pre>
 * Not thread-safe: one shard's poller thread drives it.
 */
final class ShardDelivery {
    static final Duration RETENTION = AccountTables.RETENTION;

    enum Verdict { OK, PARTIAL, FAILED, NOT_INVOKED }

    /**
     * One invocation's outcome. {@code firstFailed} is the lowest sequence number a partial response
     * named; {@code functionError} is AWS's X-Amz-Function-Error value or null; {@code problem} says
     * why an invocation did not run, for LastProcessingResult.
     */
    record Attempt(Verdict verdict, BigInteger firstFailed, String requestId, String functionError, String problem) {
        Attempt {
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /** Records given up on, with why ({@code RetryAttemptsExhausted} or {@code RecordAgeExceeded}) and the last attempt or null. */
    record Discarded(List<StreamRecord> records, String condition, int invokeCount, Attempt last) {
        Discarded {
            records = List.copyOf(records);
            Objects.requireNonNull(condition, "condition");
        }
    }

    /** A mapping's failure settings as AWS names them. */
    record Rules(int maximumRetryAttempts, int maximumRecordAgeInSeconds, boolean bisectBatchOnFunctionError) {}

    interface Invocation {
        Attempt invoke(List<StreamRecord> batch) throws InterruptedException;
    }

    interface Outlet {
        /** Every record before sequence number {@code next} is done with. */
        void advance(BigInteger next);

        void discard(Discarded discarded);
    }

    interface Pause {
        void pause(long millis) throws InterruptedException;
    }

    private record Piece(List<StreamRecord> records, int failures, int invokes, Attempt last) {
        Piece from(int index) {
            return new Piece(records.subList(index, records.size()), failures, invokes, last);
        }
    }

    private final Rules rules;
    private final Invocation invocation;
    private final Outlet outlet;
    private final InstantSource clock;
    private final Pause pause;

    ShardDelivery(Rules rules, Invocation invocation, Outlet outlet, InstantSource clock, Pause pause) {
        this.rules = rules;
        this.invocation = invocation;
        this.outlet = outlet;
        this.clock = clock;
        this.pause = pause;
    }

    /** Delivers {@code batch} (in sequence order, not empty); false when {@code stopped} cut it short. */
    boolean deliver(List<StreamRecord> batch, BooleanSupplier stopped) throws InterruptedException {
        Deque<Piece> work = new ArrayDeque<>();
        work.push(new Piece(batch, 0, 0, null));
        long notInvokedPause = 100;
        while (!work.isEmpty()) {
            if (stopped.getAsBoolean()) {
                return false;
            }
            Piece p = dropExpired(work.pop());
            if (p.records().isEmpty()) {
                continue;
            }
            Attempt a = invocation.invoke(p.records());
            if (a.verdict() != Verdict.OK && stopped.getAsBoolean()) {
                // a failure while stopping may be the stop itself (environments closing): the next start tries again
                return false;
            }
            if (a.verdict() == Verdict.NOT_INVOKED) {
                work.push(p);
                pause.pause(notInvokedPause);
                notInvokedPause = Math.min(notInvokedPause * 2, 5_000);
                continue;
            }
            Piece tried = new Piece(p.records(), p.failures(), p.invokes() + 1, a);
            switch (a.verdict()) {
                case OK -> outlet.advance(after(tried.records()));
                case PARTIAL -> retryOrDiscard(work, partialRest(tried, a.firstFailed()));
                case FAILED -> {
                    if (rules.bisectBatchOnFunctionError() && tried.records().size() > 1) {
                        int half = tried.records().size() / 2;
                        work.push(tried.from(half));
                        work.push(new Piece(tried.records().subList(0, half), tried.failures(), tried.invokes(), a));
                    } else {
                        retryOrDiscard(work, tried);
                    }
                }
                case NOT_INVOKED -> throw new IllegalStateException("handled above");
            }
        }
        return true;
    }

    private Piece partialRest(Piece p, BigInteger firstFailed) {
        int from = 0;
        while (from < p.records().size() && p.records().get(from).sequenceNumber().compareTo(firstFailed) < 0) {
            from++;
        }
        if (from > 0) {
            outlet.advance(p.records().get(from).sequenceNumber());
        }
        return p.from(from);
    }

    private void retryOrDiscard(Deque<Piece> work, Piece failed) throws InterruptedException {
        int failures = failed.failures() + 1;
        if (rules.maximumRetryAttempts() >= 0 && failures > rules.maximumRetryAttempts()) {
            discard(failed.records(), "RetryAttemptsExhausted", failed);
            return;
        }
        work.push(new Piece(failed.records(), failures, failed.invokes(), failed.last()));
        pause.pause(Math.min(100L << Math.min(failures - 1, 5), 2_000));
    }

    private Piece dropExpired(Piece p) {
        Duration maxAge = rules.maximumRecordAgeInSeconds() < 0 ? RETENTION : Duration.ofSeconds(rules.maximumRecordAgeInSeconds());
        var cutoff = clock.instant().minus(maxAge);
        int n = 0;
        while (n < p.records().size() && p.records().get(n).created().isBefore(cutoff)) {
            n++;
        }
        if (n == 0) {
            return p;
        }
        discard(p.records().subList(0, n), "RecordAgeExceeded", p);
        return p.from(n);
    }

    private void discard(List<StreamRecord> records, String condition, Piece p) {
        outlet.discard(new Discarded(records, condition, p.invokes(), p.last()));
        outlet.advance(after(records));
    }

    private static BigInteger after(List<StreamRecord> records) {
        return records.get(records.size() - 1).sequenceNumber().add(BigInteger.ONE);
    }
}
