package dojo.lambda.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code rate(value unit)}: fires every {@code period}, counted from when the rule was created
 * (EventBridge: "a rate expression starts when you create the scheduled event rule").
 */
public record RateExpression(String text, Duration period) implements ScheduleExpression {
    public RateExpression {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate needs a positive period, found " + period);
        }
    }

    static RateExpression parse(String text) {
        String inner = text.substring("rate(".length(), text.length() - 1);
        String[] parts = inner.trim().split("\\s+");
        if (parts.length != 2) {
            throw new InvalidScheduleException("Expected rate(value unit) with a value and a unit, found '" + text
                    + "'. Example: rate(5 minutes).");
        }
        long value;
        try {
            value = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value <= 0 || !parts[0].chars().allMatch(Character::isDigit)) {
            throw new InvalidScheduleException("The value of a rate must be a whole number greater than 0, found '" + parts[0]
                    + "' in '" + text + "'. Example: rate(5 minutes).");
        }
        String unit = parts[1];
        String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        Duration one = switch (singular) {
            case "minute" -> Duration.ofMinutes(1);
            case "hour" -> Duration.ofHours(1);
            case "day" -> Duration.ofDays(1);
            default -> throw new InvalidScheduleException("The unit of a rate must be minute(s), hour(s) or day(s), found '" + unit
                    + "' in '" + text + "'. The shortest schedule is rate(1 minute).");
        };
        boolean plural = unit.endsWith("s");
        if (value == 1 && plural) {
            throw new InvalidScheduleException("A value of 1 takes the singular unit: write rate(1 " + singular + "), not '" + text + "'.");
        }
        if (value > 1 && !plural) {
            throw new InvalidScheduleException("A value greater than 1 takes the plural unit: write rate(" + value + " " + singular
                    + "s), not '" + text + "'.");
        }
        return new RateExpression(text, one.multipliedBy(value));
    }

    @Override
    public Optional<Instant> nextFire(Instant after, Instant anchor) {
        if (after.isBefore(anchor)) {
            return Optional.of(anchor.plus(period));
        }
        long periods = Duration.between(anchor, after).toMillis() / period.toMillis();
        return Optional.of(anchor.plus(period.multipliedBy(periods + 1)));
    }
}
