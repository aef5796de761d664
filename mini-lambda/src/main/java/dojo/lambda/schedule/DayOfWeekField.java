package dojo.lambda.schedule;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day-of-week field (1 = SUN .. 7 = SAT): {@code ?}, {@code L} (Saturday), {@code 6L} (the
 * last Friday of the month), {@code 3#2} (the second Tuesday) or plain values.
 */
final class DayOfWeekField {
    private static final Pattern LAST_OF = Pattern.compile("([0-9A-Za-z]{1,3})L");
    private static final Pattern NTH = Pattern.compile("([0-9A-Za-z]{1,3})#(\\d+)");

    private DayOfWeekField() {}

    static DayRule parse(String field) {
        if (field.equals("?")) {
            return DayRule.ANY;
        }
        if (field.equals("L")) {
            return date -> cronDay(date) == 7;
        }
        if (field.contains("#")) {
            return nth(field);
        }
        Matcher last = LAST_OF.matcher(field);
        if (last.matches()) {
            int day = CronUnit.DAY_OF_WEEK.value(last.group(1), field);
            return date -> cronDay(date) == day && date.plusDays(7).getMonthValue() != date.getMonthValue();
        }
        if (field.contains("L")) {
            throw new InvalidScheduleException("The day-of-week field '" + field + "' uses L in a way EventBridge does not accept."
                    + " Write L alone (Saturday) or a day with L such as 6L (the last Friday of the month).");
        }
        if (field.toUpperCase(Locale.ROOT).replace("WED", "").contains("W")) {
            throw new InvalidScheduleException("The day-of-week field '" + field + "' uses W, which belongs in day-of-month"
                    + " (e.g. 15W) with '?' in day-of-week.");
        }
        BitSet days = CronField.parse(field, CronUnit.DAY_OF_WEEK);
        return date -> days.get(cronDay(date));
    }

    private static DayRule nth(String field) {
        if (field.contains(",")) {
            throw new InvalidScheduleException("The day-of-week field '" + field + "' combines '#' with other days; with '#'"
                    + " EventBridge allows exactly one expression such as 3#2 (the second Tuesday). Use one rule per day.");
        }
        Matcher m = NTH.matcher(field);
        if (!m.matches()) {
            throw new InvalidScheduleException("The day-of-week field '" + field + "' has a malformed '#'; write day#n such as"
                    + " 3#2 (the second Tuesday of the month) or MON#1.");
        }
        int day = CronUnit.DAY_OF_WEEK.value(m.group(1), field);
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || n > 5) {
            throw new InvalidScheduleException("The day-of-week field '" + field + "' asks for occurrence " + n
                    + " of a day in the month; a month has occurrences 1 to 5.");
        }
        return date -> cronDay(date) == day && (date.getDayOfMonth() - 1) / 7 + 1 == n;
    }

    /** EventBridge's day number: 1 = Sunday .. 7 = Saturday. */
    static int cronDay(LocalDate date) {
        return date.getDayOfWeek().getValue() % 7 + 1;
    }
}
