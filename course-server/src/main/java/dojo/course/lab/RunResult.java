package dojo.course.lab;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What one Run came to: compile problems (and nothing else), or the invocation's response, log,
 * REPORT figures, cold or warm start, its cost in the price sheet's currency, whether the code was
 * (re)deployed, and the function's environment timeline.
 */
public record RunResult(List<CompileProblem> compileProblems, String outcome, String response, String errorType,
        String log, double durationMs, long billedDurationMs, double initDurationMs, int memorySizeMb, long maxMemoryUsedMb,
        boolean coldStart, BigDecimal cost, String currency, boolean deployed, List<TimelineEvent> timeline) {
    public RunResult {
        compileProblems = List.copyOf(compileProblems);
        Objects.requireNonNull(outcome, "outcome");
        timeline = List.copyOf(timeline);
    }

    /** One event of an environment of the function: at (epoch ms), environment id, kind, request id (or null). */
    public record TimelineEvent(long at, String environmentId, String kind, String requestId) {
    }

    static RunResult compileFailed(List<CompileProblem> problems) {
        return new RunResult(problems, "COMPILE_ERROR", null, null, "", 0, 0, 0, 0, 0, false, BigDecimal.ZERO, "USD", false,
                List.of());
    }
}
