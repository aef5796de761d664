package dojo.grader.api;

import java.math.BigDecimal;

/**
 * What a deployment's invocations used, as the engine metered them (its usage records).
 *
 * @param billedMs the sum of billed durations, INIT included
 * @param gbSeconds memory in GB times billed seconds, summed
 * @param costUsd the on-demand price of these invocations before any free tier
 */
public record Usage(int invocations, int coldStarts, long billedMs, BigDecimal gbSeconds, BigDecimal costUsd) {}
