package dojo.lambda.schedule;

import java.util.BitSet;

/**
 * The plain part of a cron field: {@code *}, values, ranges {@code a-b} and steps {@code a/n},
 * {@code *}{@code /n}, {@code a-b/n}, joined by commas. Special days (L, W, #) are handled by
 * {@link DayOfMonthField} and {@link DayOfWeekField} before they get here.
 */
final class CronField {
    private CronField() {}

    /** The allowed values of {@code field}, as bits from {@code unit.min} to {@code unit.max}. */
    static BitSet parse(String field, CronUnit unit) {
        BitSet values = new BitSet(unit.max + 1);
        for (String element : field.split(",", -1)) {
            parseElement(element, field, unit, values);
        }
        return values;
    }

    private static void parseElement(String element, String field, CronUnit unit, BitSet values) {
        if (element.isEmpty()) {
            throw new InvalidScheduleException("The " + unit.label + " field '" + field + "' has an empty item between commas.");
        }
        String range = element;
        int step = 1;
        int slash = element.indexOf('/');
        if (slash >= 0) {
            if (!unit.allowsStep) {
                throw new InvalidScheduleException("The " + unit.label + " field '" + field + "' uses '/', which EventBridge allows"
                        + " only in the other fields. List the days instead, e.g. MON,WED,FRI.");
            }
            step = step(element.substring(slash + 1), field, unit);
            range = element.substring(0, slash);
        }
        int from;
        int to;
        if (range.equals("*")) {
            from = unit.min;
            to = unit.max;
        } else if (range.contains("-")) {
            String[] ends = range.split("-", -1);
            if (ends.length != 2) {
                throw new InvalidScheduleException("The " + unit.label + " field '" + field + "' has the range '" + range
                        + "'; a range is two values joined by one dash, e.g. 1-5.");
            }
            from = unit.value(ends[0], field);
            to = unit.value(ends[1], field);
            if (from > to) {
                throw new InvalidScheduleException("The " + unit.label + " field '" + field + "' has the range '" + range
                        + "', which runs backwards. Write the smaller value first, or list two ranges separated by a comma.");
            }
        } else {
            from = unit.value(range, field);
            to = slash >= 0 ? unit.max : from;
        }
        for (int v = from; v <= to; v += step) {
            values.set(v);
        }
    }

    private static int step(String text, String field, CronUnit unit) {
        int span = unit.max - unit.min + 1;
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)
                || Integer.parseInt(text) < 1 || Integer.parseInt(text) > span) {
            throw new InvalidScheduleException("The " + unit.label + " field '" + field + "' has the increment '" + text
                    + "'; an increment is a whole number from 1 to " + span + ", e.g. 0/15.");
        }
        return Integer.parseInt(text);
    }
}
