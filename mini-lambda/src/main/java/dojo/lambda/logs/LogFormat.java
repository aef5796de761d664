package dojo.lambda.logs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * The platform's log lines, word for word as Lambda writes them to CloudWatch (each returned
 * without its line break):
 *
 * <pre>
 * START RequestId: &lt;id&gt; Version: $LATEST
 * &lt;timestamp&gt; &lt;id&gt; Task timed out after 3.00 seconds          (timeouts only)
 * END RequestId: &lt;id&gt;
 * REPORT RequestId: &lt;id&gt;\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 512 MB\tMax Memory Used: 87 MB\t
 * </pre>
 *
 * A cold start adds {@code Init Duration: 234.56 ms\t} after Max Memory Used. Lambda ends a
 * REPORT line with a tab; when it adds a status ({@code Status: timeout}, or {@code Status:
 * error\tError Type: Runtime.OutOfMemory}) that status comes last, with no tab after it.
 * Numbers use a dot and two decimals whatever the host's locale.
 */
public final class LogFormat {
    public static final String VERSION = "$LATEST";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STREAM_DATE =
            DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private LogFormat() {}

    public static String start(String requestId) {
        return "START RequestId: " + requestId + " Version: " + VERSION;
    }

    public static String end(String requestId) {
        return "END RequestId: " + requestId;
    }

    public static String report(ReportLine r) {
        StringBuilder line = new StringBuilder(200)
                .append("REPORT RequestId: ").append(r.requestId())
                .append("\tDuration: ").append(twoDecimals(r.durationMs())).append(" ms")
                .append("\tBilled Duration: ").append(r.billedMs()).append(" ms")
                .append("\tMemory Size: ").append(r.memorySizeMb()).append(" MB")
                .append("\tMax Memory Used: ").append(r.maxMemoryUsedMb()).append(" MB\t");
        if (r.initDurationMs() > 0) {
            line.append("Init Duration: ").append(twoDecimals(r.initDurationMs())).append(" ms\t");
        }
        if (r.status() != null) {
            line.append("Status: ").append(r.status());
            if (r.errorType() != null) {
                line.append("\tError Type: ").append(r.errorType());
            }
        }
        return line.toString();
    }

    /** {@code 2026-11-23T10:15:30.123Z <id> Task timed out after 3.00 seconds}. */
    public static String timeout(Instant at, String requestId, double timeoutSeconds) {
        return timestamp(at) + " " + requestId + " Task timed out after " + twoDecimals(timeoutSeconds) + " seconds";
    }

    /** ISO-8601 in UTC with exactly three fractional digits, as Lambda's runtimes print time. */
    public static String timestamp(Instant at) {
        return TIMESTAMP.format(at);
    }

    /**
     * The log stream of one execution environment, as Lambda names it:
     * {@code 2026/11/23/[$LATEST]<32 hex digits>}, dated (UTC) when the environment started.
     */
    public static String streamName(Instant environmentStart, UUID environmentId) {
        return STREAM_DATE.format(environmentStart) + "/[" + VERSION + "]"
                + environmentId.toString().replace("-", "");
    }

    /** A stream name for a new environment started at {@code environmentStart}. */
    public static String newStreamName(Instant environmentStart) {
        return streamName(environmentStart, UUID.randomUUID());
    }

    /** As {@code %.2f} formats it (half up, on the shortest decimal form), without a Formatter per line. */
    private static String twoDecimals(double value) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
