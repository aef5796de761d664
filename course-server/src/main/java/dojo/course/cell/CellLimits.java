package dojo.course.cell;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for Java cells: wall clock per cell run, CPU seconds over a session's life, heap and
 * {@code /tmp} of a session's JVM, the number of live sessions (each is a JVM) and of cell runs
 * at the same time, how long an idle session is kept, and the largest cell accepted.
 */
public record CellLimits(
        Duration wallClockPerRun,
        int cpuSecondsPerSession,
        int heapMb,
        int tmpMb,
        int maxSessions,
        int maxConcurrentRuns,
        Duration idleSessionTimeout,
        int maxCellChars) {

    public static CellLimits defaults() {
        return new CellLimits(Duration.ofSeconds(5), 120, 128, 16, 16, 4, Duration.ofMinutes(20), 20_000);
    }

    public CellLimits {
        Objects.requireNonNull(wallClockPerRun, "wallClockPerRun");
        Objects.requireNonNull(idleSessionTimeout, "idleSessionTimeout");
        if (wallClockPerRun.isNegative() || wallClockPerRun.isZero()) {
            throw new IllegalArgumentException("Expected a positive wall-clock limit per cell run, found " + wallClockPerRun);
        }
        if (cpuSecondsPerSession < 1 || heapMb < 32 || tmpMb < 1 || maxSessions < 1 || maxConcurrentRuns < 1
                || maxCellChars < 1) {
            throw new IllegalArgumentException("Expected cell limits of at least 1 (heap at least 32 MB), found " + this);
        }
    }

    /** Threads of all cell JVMs together (they share one user id); generous for ~25 threads each. */
    int threadsForAllSessions() {
        return Math.max(512, maxSessions * 128);
    }
}
