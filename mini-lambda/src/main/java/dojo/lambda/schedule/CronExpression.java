package dojo.lambda.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code cron(minutes hours day-of-month month day-of-week year)} in UTC. Exactly one of the two
 * day fields is {@code ?}; the other (and every other field) decides which minutes fire.
 */
public final class CronExpression implements ScheduleExpression {
    private static final String FIELDS = "minutes hours day-of-month month day-of-week year";

    private final String text;
    private final BitSet minutes;
    private final BitSet hours;
    private final DayRule dayOfMonth;
    private final BitSet months;
    private final DayRule dayOfWeek;
    private final BitSet years;

    private CronExpression(String text, BitSet minutes, BitSet hours, DayRule dayOfMonth, BitSet months, DayRule dayOfWeek,
            BitSet years) {
        this.text = Objects.requireNonNull(text, "text");
        this.minutes = minutes;
        this.hours = hours;
        this.dayOfMonth = dayOfMonth;
        this.months = months;
        this.dayOfWeek = dayOfWeek;
        this.years = years;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CronExpression c && c.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    static CronExpression parse(String text) {
        String inner = text.substring("cron(".length(), text.length() - 1).trim();
        String[] f = inner.isEmpty() ? new String[0] : inner.split("\\s+");
        if (f.length != 6) {
            String hint = f.length == 5 ? " Add the year field, e.g. cron(" + inner + " *)." : " Example: cron(0 12 * * ? *) fires at noon UTC every day.";
            throw new InvalidScheduleException("A cron expression has 6 fields (" + FIELDS + "), found " + f.length + " in '" + text
                    + "'." + hint);
        }
        boolean domAny = f[2].equals("?");
        boolean dowAny = f[4].equals("?");
        if (domAny == dowAny) {
            throw new InvalidScheduleException("Exactly one of day-of-month and day-of-week must be '?', found '" + f[2] + "' and '"
                    + f[4] + "' in '" + text + "'. For every day write cron(" + f[0] + " " + f[1] + " * " + f[3] + " ? " + f[5] + ").");
        }
        return new CronExpression(text, CronField.parse(f[0], CronUnit.MINUTES), CronField.parse(f[1], CronUnit.HOURS),
                DayOfMonthField.parse(f[2]), CronField.parse(f[3], CronUnit.MONTH), DayOfWeekField.parse(f[4]),
                CronField.parse(f[5], CronUnit.YEAR));
    }

    @Override
    public Optional<Instant> nextFire(Instant after, Instant anchor) {
        LocalDateTime start = LocalDateTime.ofInstant(after, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDate date = start.toLocalDate();
        int fromMinuteOfDay = start.getHour() * 60 + start.getMinute();
        while (date.getYear() <= CronUnit.YEAR.max) {
            if (!years.get(date.getYear())) {
                int next = years.nextSetBit(date.getYear() + 1);
                if (next < 0) {
                    return Optional.empty();
                }
                date = LocalDate.of(next, 1, 1);
            } else if (!months.get(date.getMonthValue())) {
                date = date.withDayOfMonth(1).plusMonths(1);
            } else if (dayOfMonth.matches(date) && dayOfWeek.matches(date)) {
                int minuteOfDay = firstTimeFrom(fromMinuteOfDay);
                if (minuteOfDay >= 0) {
                    return Optional.of(date.atStartOfDay().plusMinutes(minuteOfDay).toInstant(ZoneOffset.UTC));
                }
                date = date.plusDays(1);
            } else {
                date = date.plusDays(1);
            }
            if (!date.equals(start.toLocalDate())) {
                fromMinuteOfDay = 0;
            }
        }
        return Optional.empty();
    }

    /** The first allowed hour:minute at or after {@code minuteOfDay}, as minutes since midnight, or -1. */
    private int firstTimeFrom(int minuteOfDay) {
        for (int h = hours.nextSetBit(minuteOfDay / 60); h >= 0; h = hours.nextSetBit(h + 1)) {
            int m = minutes.nextSetBit(h == minuteOfDay / 60 ? minuteOfDay % 60 : 0);
            if (m >= 0) {
                return h * 60 + m;
            }
        }
        return -1;
    }
}
