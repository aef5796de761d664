package dojo.lambda.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The day-of-month field: {@code ?}, {@code L}, {@code LW}, {@code 15W} or plain values. */
final class DayOfMonthField {
    private static final Pattern NEAREST_WEEKDAY = Pattern.compile("(\\d{1,2})W");

    private DayOfMonthField() {}

    static DayRule parse(String field) {
        if (field.equals("?")) {
            return DayRule.ANY;
        }
        if (field.equals("L")) {
            return date -> date.getDayOfMonth() == date.lengthOfMonth();
        }
        if (field.equals("LW")) {
            return date -> date.equals(weekdayOnOrBefore(date.withDayOfMonth(date.lengthOfMonth())));
        }
        Matcher w = NEAREST_WEEKDAY.matcher(field);
        if (w.matches()) {
            int day = CronUnit.DAY_OF_MONTH.value(w.group(1), field);
            return date -> date.equals(nearestWeekday(date, day));
        }
        if (field.contains("L") || field.contains("W")) {
            throw new InvalidScheduleException("The day-of-month field '" + field + "' uses L or W in a way EventBridge does not"
                    + " accept. Write L (last day), LW (last weekday) or a day with W such as 15W (weekday nearest the 15th), alone.");
        }
        if (field.contains("#")) {
            throw new InvalidScheduleException("The day-of-month field '" + field + "' uses '#', which belongs in day-of-week"
                    + " (e.g. 2#1 for the first Monday) with '?' in day-of-month.");
        }
        BitSet days = CronField.parse(field, CronUnit.DAY_OF_MONTH);
        return date -> days.get(date.getDayOfMonth());
    }

    /** The weekday nearest {@code day} in the month of {@code date}, never leaving that month. */
    static LocalDate nearestWeekday(LocalDate date, int day) {
        LocalDate target = date.withDayOfMonth(Math.min(day, date.lengthOfMonth()));
        DayOfWeek dow = target.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY) {
            return target.getDayOfMonth() == 1 ? target.plusDays(2) : target.minusDays(1);
        }
        if (dow == DayOfWeek.SUNDAY) {
            return target.getDayOfMonth() == target.lengthOfMonth() ? target.minusDays(2) : target.plusDays(1);
        }
        return target;
    }

    private static LocalDate weekdayOnOrBefore(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.minusDays(2);
            default -> date;
        };
    }
}
