package dojo.lambda.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * What one invocation used and cost, as Lambda meters it. {@code cost} is the gross price of this
 * one invocation (compute plus one request) before the account's monthly free tier, which only a
 * {@link Bill} can apply.
 *
 * @param durationMs the handler's duration as the REPORT line shows it
 * @param initDurationMs the INIT phase on a cold start, 0 when warm
 * @param billedMs {@link #billedMs(double, double)} of the two durations
 * @param gbSeconds {@link #gbSeconds(int, long)}, exact
 * @param outcome how the invocation ended, e.g. {@code SUCCESS} or {@code TIMEOUT}
 */
public record UsageRecord(
        String accountId,
        String functionName,
        String requestId,
        Instant timestamp,
        double durationMs,
        double initDurationMs,
        long billedMs,
        int memoryMb,
        String architecture,
        BigDecimal gbSeconds,
        BigDecimal cost,
        String outcome,
        boolean coldStart) {

    private static final BigDecimal MB_MS_PER_GB_SECOND = BigDecimal.valueOf(1024L * 1000L);

    public UsageRecord {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(gbSeconds, "gbSeconds");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(outcome, "outcome");
        requireDuration("durationMs", durationMs);
        requireDuration("initDurationMs", initDurationMs);
        if (billedMs < 1 || memoryMb < 1 || gbSeconds.signum() < 0 || cost.signum() < 0) {
            throw new IllegalArgumentException(
                    "Expected billedMs >= 1, memoryMb >= 1 and non-negative GB-s and cost, found billedMs="
                            + billedMs + ", memoryMb=" + memoryMb + ", gbSeconds=" + gbSeconds
                            + ", cost=" + cost);
        }
    }

    /**
     * Lambda's billed duration: the handler's duration plus the INIT phase (billed for on-demand
     * functions since August 2025), rounded up to the next whole millisecond, at least 1 ms.
     * The sum is taken in decimal, on the durations as they print, so money never depends on
     * binary floating-point rounding.
     */
    public static long billedMs(double durationMs, double initDurationMs) {
        requireDuration("durationMs", durationMs);
        requireDuration("initDurationMs", initDurationMs);
        BigDecimal total = BigDecimal.valueOf(durationMs).add(BigDecimal.valueOf(initDurationMs));
        return Math.max(1L, total.setScale(0, RoundingMode.CEILING).longValueExact());
    }

    /** GB-seconds = memory MB / 1024 x billed ms / 1000, exact (at most 13 decimal places). */
    public static BigDecimal gbSeconds(int memoryMb, long billedMs) {
        // 1 / (1024 x 1000) = 9765625 x 10^-13 exactly: one multiplication instead of an exact
        // division (which searches for the quotient's scale), with the division's result and scale
        try {
            long units = Math.multiplyExact(Math.multiplyExact((long) memoryMb, billedMs), 9_765_625L);
            BigDecimal quotient = BigDecimal.valueOf(units, 13).stripTrailingZeros();
            return quotient.scale() < 0 ? quotient.setScale(0) : quotient;
        } catch (ArithmeticException tooLarge) {
            BigDecimal mbMs = BigDecimal.valueOf(memoryMb).multiply(BigDecimal.valueOf(billedMs));
            // 1024 x 1000 has only the prime factors 2 and 5, so the quotient always terminates.
            return mbMs.divide(MB_MS_PER_GB_SECOND);
        }
    }

    private static void requireDuration(String name, double ms) {
        if (!(ms >= 0) || Double.isInfinite(ms)) {
            throw new IllegalArgumentException(
                    "Expected " + name + " to be a finite number of milliseconds >= 0, found " + ms);
        }
    }
}
