package dojo.lambda.schedule;

import java.time.LocalDate;

/** Which days of a month a day-of-month or day-of-week field allows. */
interface DayRule {
    /** {@code ?}: this field does not restrict the day; the other day field does. */
    DayRule ANY = date -> true;

    boolean matches(LocalDate date);
}
