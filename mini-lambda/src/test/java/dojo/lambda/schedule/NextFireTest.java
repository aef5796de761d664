package dojo.lambda.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** When a schedule fires next: UTC, to the minute, strictly after the given instant. */
class NextFireTest {
    private static final Instant ANCHOR = Instant.parse("2026-11-23T15:00:10Z");

    @ParameterizedTest(name = "{0} after {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            // Monday 23 November 2026
            "cron(0 15 * * ? *)|2026-11-23T14:59:30Z|2026-11-23T15:00:00Z",
            "cron(0 15 * * ? *)|2026-11-23T15:00:00Z|2026-11-24T15:00:00Z",
            "cron(0/15 * * * ? *)|2026-11-23T15:00:00Z|2026-11-23T15:15:00Z",
            "cron(1/10 * * * ? *)|2026-11-23T15:01:00Z|2026-11-23T15:11:00Z",
            "cron(5-10/2 9 * * ? *)|2026-11-23T09:07:00Z|2026-11-23T09:09:00Z",
            "cron(5-10/2 9 * * ? *)|2026-11-23T09:09:00Z|2026-11-24T09:05:00Z",
            "cron(0 8,20 * * ? *)|2026-11-23T08:00:00Z|2026-11-23T20:00:00Z",
            "cron(59 23 31 12 ? *)|2026-11-23T00:00:00Z|2026-12-31T23:59:00Z",
            // L: the last day of the month, in months of 30, 31 and 28 days
            "cron(0 12 L * ? *)|2026-11-23T14:59:30Z|2026-11-30T12:00:00Z",
            "cron(0 12 L * ? *)|2026-11-30T12:00:00Z|2026-12-31T12:00:00Z",
            "cron(0 12 L * ? *)|2027-02-01T00:00:00Z|2027-02-28T12:00:00Z",
            // LW: the last weekday; 31 January 2027 is a Sunday
            "cron(0 9 LW * ? *)|2027-01-01T00:00:00Z|2027-01-29T09:00:00Z",
            // W: 15 November 2026 is a Sunday -> Monday 16th; 15 August 2026 a Saturday -> Friday 14th
            "cron(0 9 15W * ? *)|2026-11-01T00:00:00Z|2026-11-16T09:00:00Z",
            "cron(0 9 15W * ? *)|2026-08-01T00:00:00Z|2026-08-14T09:00:00Z",
            // 1 August 2026 is a Saturday: the nearest weekday in the same month is Monday 3rd
            "cron(0 9 1W * ? *)|2026-07-31T10:00:00Z|2026-08-03T09:00:00Z",
            // #: the third Friday, the first Monday
            "cron(0 10 ? * 6#3 *)|2026-11-01T00:00:00Z|2026-11-20T10:00:00Z",
            "cron(0 10 ? * 6#3 *)|2026-11-23T00:00:00Z|2026-12-18T10:00:00Z",
            "cron(0 10 ? * MON#1 *)|2026-11-23T00:00:00Z|2026-12-07T10:00:00Z",
            // nL: the last Friday; L alone: Saturday
            "cron(0 18 ? * 6L *)|2026-11-23T00:00:00Z|2026-11-27T18:00:00Z",
            "cron(0 8 ? * L *)|2026-11-23T00:00:00Z|2026-11-28T08:00:00Z",
            // ranges of named days: Friday evening -> Monday
            "cron(0 8 ? * MON-FRI *)|2026-11-27T09:00:00Z|2026-11-30T08:00:00Z",
            "cron(0 8 ? * 1,7 *)|2026-11-23T09:00:00Z|2026-11-28T08:00:00Z",
            // months and years
            "cron(0 0 1 JAN,JUL ? 2027)|2026-11-23T00:00:00Z|2027-01-01T00:00:00Z",
            "cron(0 0 1 JAN,JUL ? 2027)|2027-01-01T00:00:00Z|2027-07-01T00:00:00Z",
            "cron(30 23 29 FEB ? *)|2026-11-23T00:00:00Z|2028-02-29T23:30:00Z",
            "cron(0 0 1 1 ? 2030/5)|2026-11-23T00:00:00Z|2030-01-01T00:00:00Z"})
    void cronFiresAtTheNextMatchingMinute(String expression, String after, String expected) {
        assertThat(ScheduleExpression.parse(expression).nextFire(Instant.parse(after), ANCHOR))
                .contains(Instant.parse(expected));
    }

    @Test
    void cronWhoseYearsArePastNeverFiresAgain() {
        ScheduleExpression once = ScheduleExpression.parse("cron(0 0 1 JAN,JUL ? 2027)");
        assertThat(once.nextFire(Instant.parse("2027-07-01T00:00:00Z"), ANCHOR)).isEqualTo(Optional.empty());
        assertThat(ScheduleExpression.parse("cron(0 0 1 1 ? 2020)").nextFire(ANCHOR, ANCHOR)).isEmpty();
    }

    @ParameterizedTest(name = "{0} after {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "rate(5 minutes)|2026-11-23T15:00:10Z|2026-11-23T15:05:10Z",
            "rate(5 minutes)|2026-11-23T15:05:10Z|2026-11-23T15:10:10Z",
            "rate(5 minutes)|2026-11-23T15:07:00Z|2026-11-23T15:10:10Z",
            "rate(1 minute)|2026-11-23T14:00:00Z|2026-11-23T15:01:10Z",
            "rate(2 hours)|2026-11-23T18:00:00Z|2026-11-23T19:00:10Z",
            "rate(1 day)|2026-11-30T15:00:10Z|2026-12-01T15:00:10Z"})
    void rateCountsWholePeriodsFromTheRulesCreation(String expression, String after, String expected) {
        assertThat(ScheduleExpression.parse(expression).nextFire(Instant.parse(after), ANCHOR)).contains(Instant.parse(expected));
    }
}
