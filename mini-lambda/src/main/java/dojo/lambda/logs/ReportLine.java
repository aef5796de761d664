package dojo.lambda.logs;

import java.util.Objects;

/**
 * The figures of one invocation's REPORT line.
 *
 * @param initDurationMs the INIT phase on a cold start, 0 when warm (then no Init Duration field)
 * @param status null for an invocation that returned (or whose handler threw), {@code timeout}
 *     when it timed out, {@code error} when the runtime crashed or ran out of memory
 * @param errorType with status {@code error} only: e.g. {@code Runtime.ExitError},
 *     {@code Runtime.OutOfMemory}
 */
public record ReportLine(
        String requestId,
        double durationMs,
        long billedMs,
        int memorySizeMb,
        int maxMemoryUsedMb,
        double initDurationMs,
        String status,
        String errorType) {

    public ReportLine {
        Objects.requireNonNull(requestId, "requestId");
        if (status != null && !status.equals("timeout") && !status.equals("error")) {
            throw new IllegalArgumentException(
                    "Expected status null, 'timeout' or 'error' as Lambda reports it, found '" + status + "'");
        }
        if ((errorType != null) != "error".equals(status)) {
            throw new IllegalArgumentException(
                    "Expected an errorType exactly when status is 'error', found status " + status
                            + " and errorType " + errorType);
        }
        if (!(durationMs >= 0) || !(initDurationMs >= 0) || billedMs < 0) {
            throw new IllegalArgumentException(
                    "Expected durations >= 0, found duration " + durationMs + ", init " + initDurationMs
                            + ", billed " + billedMs);
        }
    }

    /** The REPORT figures of an invocation that returned a response or a function error. */
    public static ReportLine of(
            String requestId, double durationMs, long billedMs, int memorySizeMb, int maxMemoryUsedMb,
            double initDurationMs) {
        return new ReportLine(
                requestId, durationMs, billedMs, memorySizeMb, maxMemoryUsedMb, initDurationMs, null, null);
    }

    /** The same figures for an invocation that timed out. */
    public ReportLine timedOut() {
        return new ReportLine(
                requestId, durationMs, billedMs, memorySizeMb, maxMemoryUsedMb, initDurationMs, "timeout", null);
    }

    /** The same figures for an invocation whose runtime crashed, e.g. {@code Runtime.OutOfMemory}. */
    public ReportLine failed(String errorType) {
        return new ReportLine(requestId, durationMs, billedMs, memorySizeMb, maxMemoryUsedMb, initDurationMs,
                "error", Objects.requireNonNull(errorType, "errorType"));
    }
}
