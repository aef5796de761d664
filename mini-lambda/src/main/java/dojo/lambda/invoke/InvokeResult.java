package dojo.lambda.invoke;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What an invocation came to: the payload (response or error JSON), how it ended, the REPORT
 * figures and the invocation's log text.
 *
 * @param errorType the function error's type (e.g. {@code java.lang.IllegalStateException},
 *     {@code Runtime.OutOfMemory}), null on success
 * @param logTail the invocation's log lines (START..REPORT), at most the last 4 KB when asked for
 *     a tail, else complete
 */
public record InvokeResult(
        String requestId,
        Outcome outcome,
        byte[] payload,
        String errorType,
        double durationMs,
        long billedDurationMs,
        double initDurationMs,
        int memorySizeMb,
        long maxMemoryUsedMb,
        boolean coldStart,
        String environmentId,
        String logStream,
        String log) {
    public InvokeResult {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(payload, "payload");
        log = log == null ? "" : log;
    }

    public String payloadAsString() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** AWS's {@code X-Amz-Function-Error} value, or null. */
    public String functionError() {
        return outcome.isFunctionError() ? "Unhandled" : null;
    }
}
