package dojo.lambda.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SigningTimeTest {
    private static final DateTimeFormatter BASIC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Test
    void basicFormatDateIsReadAsUtc() {
        assertThat(SigningTime.parseBasic("20150830T123600Z")).isEqualTo(Instant.parse("2015-08-30T12:36:00Z"));
        assertThat(SigningTime.parseBasic("20241231T235959Z")).isEqualTo(Instant.parse("2024-12-31T23:59:59Z"));
    }

    @Test
    void dayOutsideTheMonthIsResolvedAsTheFormatterResolvesIt() {
        assertThat(SigningTime.parseBasic("20150230T000000Z")).isEqualTo(Instant.from(BASIC.parse("20150230T000000Z")));
        assertThat(SigningTime.parseBasic("20150830T240000Z")).isEqualTo(Instant.from(BASIC.parse("20150830T240000Z")));
    }

    @Test
    void dateNotInBasicFormatIsRejectedInAwsWords() {
        assertThatThrownBy(() -> SigningTime.parseBasic("2015-08-30T12:36:00Z"))
                .hasMessageContaining("Date must be in ISO-8601 'basic format'. Got '2015-08-30T12:36:00Z'");
        assertThatThrownBy(() -> SigningTime.parseBasic("20151330T123600Z"))
                .hasMessageContaining("Date must be in ISO-8601 'basic format'");
    }
}
