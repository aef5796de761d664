package dojo.lambda.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.api.ErrorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EventBridge's rules for rate and cron expressions, and the messages that explain a refusal. */
class ScheduleExpressionTest {

    @ParameterizedTest
    @ValueSource(strings = {"rate(1 minute)", "rate(5 minutes)", "rate(1 hour)", "rate(12 hours)", "rate(1 day)", "rate(7 days)",
            "cron(0 12 * * ? *)", "cron(0/15 * * * ? *)", "cron(5-10/2 9 * * ? *)", "cron(0 18 ? * MON-FRI *)",
            "cron(0 8 1 JAN,JUL ? 2027)", "cron(0 12 L * ? *)", "cron(0 9 LW * ? *)", "cron(0 9 15W * ? *)",
            "cron(0 10 ? * 6#3 *)", "cron(0 18 ? * 6L *)", "cron(0 8 ? * L *)", "cron(15 10 ? * mon-fri 2026-2030)",
            "cron(0 0 * * ? 1970/10)"})
    void acceptsExpressionsEventBridgeAccepts(String text) {
        assertThat(ScheduleExpression.parse(text).text()).isEqualTo(text);
    }

    @Test
    void rateOfOneWithPluralUnitIsRefusedWithTheSingularSpelling() {
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(1 minutes)"))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessage("Parameter ScheduleExpression is not valid. A value of 1 takes the singular unit: write rate(1 minute),"
                        + " not 'rate(1 minutes)'.")
                .extracting(e -> ((InvalidScheduleException) e).type()).isEqualTo(ErrorType.ValidationException);
    }

    @Test
    void rateAboveOneWithSingularUnitIsRefusedWithThePluralSpelling() {
        assertThatThrownBy(() -> ScheduleExpression.parse("rate(5 hour)"))
                .hasMessage("Parameter ScheduleExpression is not valid. A value greater than 1 takes the plural unit: write"
                        + " rate(5 hours), not 'rate(5 hour)'.");
    }

    @Test
    void cronWithFiveFieldsIsRefusedWithAHintToAddTheYear() {
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 12 * * ?)"))
                .hasMessage("Parameter ScheduleExpression is not valid. A cron expression has 6 fields (minutes hours day-of-month"
                        + " month day-of-week year), found 5 in 'cron(0 12 * * ?)'. Add the year field, e.g. cron(0 12 * * ? *).");
    }

    @Test
    void cronWithBothDayFieldsSetIsRefusedWithTheEveryDayForm() {
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 12 * * * *)"))
                .hasMessage("Parameter ScheduleExpression is not valid. Exactly one of day-of-month and day-of-week must be '?',"
                        + " found '*' and '*' in 'cron(0 12 * * * *)'. For every day write cron(0 12 * * ? *).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rate(0 minutes)|The value of a rate must be a whole number greater than 0, found '0'",
            "rate(-5 minutes)|The value of a rate must be a whole number greater than 0, found '-5'",
            "rate(5 seconds)|The unit of a rate must be minute(s), hour(s) or day(s), found 'seconds'",
            "rate(5)|Expected rate(value unit) with a value and a unit, found 'rate(5)'",
            "every 5 minutes|Expected rate(value unit) or cron(minutes hours day-of-month month day-of-week year), found 'every 5 minutes'",
            "cron(0 12 ? * ? *)|Exactly one of day-of-month and day-of-week must be '?', found '?' and '?'",
            "cron(60 12 * * ? *)|The minutes field '60' has 60, outside a number 0-59.",
            "cron(0 24 * * ? *)|The hours field '24' has 24, outside a number 0-23.",
            "cron(0 12 * 13 ? *)|The month field '13' has 13, outside a number 1-12 or a name JAN-DEC.",
            "cron(0 12 * JANUARY ? *)|The month field 'JANUARY' has 'JANUARY', which is not a number 1-12 or a name JAN-DEC.",
            "cron(0 12 ? * 8 *)|The day-of-week field '8' has 8, outside a number 1-7 or a name SUN-SAT.",
            "cron(0 12 * * ? 2200)|The year field '2200' has 2200, outside a number 1970-2199.",
            "cron(0 12 32 * ? *)|The day-of-month field '32' has 32, outside a number 1-31.",
            "cron(0 12 ? * MON/2 *)|The day-of-week field 'MON/2' uses '/', which EventBridge allows only in the other fields",
            "cron(0 12 ? * 3#1,6#3 *)|combines '#' with other days",
            "cron(0 12 ? * 2#6 *)|asks for occurrence 6 of a day in the month; a month has occurrences 1 to 5.",
            "cron(0 12 L-2 * ? *)|The day-of-month field 'L-2' uses L or W in a way EventBridge does not accept.",
            "cron(0 12 ? * 2W *)|The day-of-week field '2W' uses W, which belongs in day-of-month",
            "cron(0 12 ? * L5 *)|The day-of-week field 'L5' uses L in a way EventBridge does not accept.",
            "cron(10-5 12 * * ? *)|The minutes field '10-5' has the range '10-5', which runs backwards.",
            "cron(0/0 * * * ? *)|The minutes field '0/0' has the increment '0'; an increment is a whole number from 1 to 60",
            "cron(0,,5 * * * ? *)|The minutes field '0,,5' has an empty item between commas.",
            "cron(1-2-3 * * * ? *)|a range is two values joined by one dash"})
    void refusesInvalidExpressionsSayingWhatIsWrong(String text, String reason) {
        assertThatThrownBy(() -> ScheduleExpression.parse(text))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessageStartingWith("Parameter ScheduleExpression is not valid. ")
                .hasMessageContaining(reason);
    }
}
