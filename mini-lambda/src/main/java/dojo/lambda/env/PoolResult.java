package dojo.lambda.env;

import java.util.Objects;

/**
 * One invocation's trip through the pool.
 *
 * @param coldStart true when a new environment was started for it
 * @param initDurationMs INIT time of that new environment, 0 on a warm start
 */
public record PoolResult(
        Attempt attempt, boolean coldStart, double initDurationMs, long maxMemoryUsedMb, String environmentId, String logStream) {
    public PoolResult {
        Objects.requireNonNull(attempt, "attempt");
    }
}
