package dojo.lambda.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * An EventBridge schedule expression: {@code rate(value unit)} or
 * {@code cron(minutes hours day-of-month month day-of-week year)}, always in UTC, to the minute.
 * {@link #parse} applies AWS's rules and throws {@link InvalidScheduleException} with a message
 * that says what to write instead. Values are immutable and thread-safe.
 */
public sealed interface ScheduleExpression permits RateExpression, CronExpression {

    /** The expression as written, e.g. {@code rate(5 minutes)}. */
    String text();

    /**
     * The first time strictly after {@code after} at which the schedule fires, or empty when it
     * never fires again (a cron year in the past). {@code anchor} is when the rule was created:
     * a rate counts its periods from there, a cron expression ignores it.
     */
    Optional<Instant> nextFire(Instant after, Instant anchor);

    static ScheduleExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidScheduleException("Expected rate(value unit) or cron(minutes hours day-of-month month day-of-week year),"
                    + " found nothing. Example: rate(5 minutes) or cron(0 12 * * ? *).");
        }
        if (text.startsWith("rate(") && text.endsWith(")")) {
            return RateExpression.parse(text);
        }
        if (text.startsWith("cron(") && text.endsWith(")")) {
            return CronExpression.parse(text);
        }
        throw new InvalidScheduleException("Expected rate(value unit) or cron(minutes hours day-of-month month day-of-week year),"
                + " found '" + text + "'. Example: rate(5 minutes) or cron(0 12 * * ? *).");
    }
}
