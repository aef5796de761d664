package dojo.grader.api;

import java.math.BigDecimal;

/**
 * What a deployment's invocations used, as the engine metered them (its usage records).
 *
 * @param billedMs the sum of billed durations, INIT included
 * @param gbSeconds memory in GB times billed seconds, summed
 * @param costUsd the on-demand price of these invocations before any free tier
 */
public record Usage(int invocations, int coldStarts, long billedMs, BigDecimal gbSeconds, BigDecimal costUsd) {
    /** What was used since {@code earlier}, a reading of the same deployment. */
    public Usage since(Usage earlier) {
        return new Usage(invocations - earlier.invocations, coldStarts - earlier.coldStarts, billedMs - earlier.billedMs,
                gbSeconds.subtract(earlier.gbSeconds), costUsd.subtract(earlier.costUsd));
    }
}
