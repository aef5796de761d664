package dojo.lambda.schedule;

import java.util.List;
import java.util.Locale;

/** The six fields of an EventBridge cron expression, their ranges and their names. */
enum CronUnit {
    MINUTES("minutes", 0, 59, List.of(), true),
    HOURS("hours", 0, 23, List.of(), true),
    DAY_OF_MONTH("day-of-month", 1, 31, List.of(), true),
    MONTH("month", 1, 12, List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), true),
    // AWS lists no '/' for day-of-week
    DAY_OF_WEEK("day-of-week", 1, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"), false),
    YEAR("year", 1970, 2199, List.of(), true);

    final String label;
    final int min;
    final int max;
    private final List<String> names;
    final boolean allowsStep;

    CronUnit(String label, int min, int max, List<String> names, boolean allowsStep) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
        this.allowsStep = allowsStep;
    }

    /** A number or (for month and day-of-week) a three-letter name, checked against the range. */
    int value(String token, String field) {
        int index = names.indexOf(token.toUpperCase(Locale.ROOT));
        if (index >= 0) {
            return min + index;
        }
        if (token.isEmpty() || !token.chars().allMatch(Character::isDigit) || token.length() > 4) {
            throw new InvalidScheduleException("The " + label + " field '" + field + "' has '" + token + "', which is not "
                    + expected() + ".");
        }
        int v = Integer.parseInt(token);
        if (v < min || v > max) {
            throw new InvalidScheduleException("The " + label + " field '" + field + "' has " + v + ", outside " + expected() + ".");
        }
        return v;
    }

    String expected() {
        String range = "a number " + min + "-" + max;
        return names.isEmpty() ? range : range + " or a name " + names.get(0) + "-" + names.get(names.size() - 1);
    }
}
