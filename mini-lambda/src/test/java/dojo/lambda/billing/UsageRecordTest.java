package dojo.lambda.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UsageRecordTest {

    @Test
    void partialMillisecondIsRoundedUp() {
        assertThat(UsageRecord.billedMs(12.34, 0)).isEqualTo(13);
    }

    @Test
    void wholeMillisecondsAreBilledAsTheyAre() {
        assertThat(UsageRecord.billedMs(150.0, 0)).isEqualTo(150);
    }

    @Test
    void initDurationIsBilledTogetherWithTheHandlerDuration() {
        // 12.34 + 234.56 = 246.90, one rounding over the sum rather than one per phase
        assertThat(UsageRecord.billedMs(12.34, 234.56)).isEqualTo(247);
        assertThat(UsageRecord.billedMs(0.4, 0.4)).isEqualTo(1);
    }

    @Test
    void billedDurationIsAtLeastOneMillisecond() {
        assertThat(UsageRecord.billedMs(0, 0)).isEqualTo(1);
        assertThat(UsageRecord.billedMs(0.01, 0)).isEqualTo(1);
    }

    @Test
    void gbSecondsAreMemoryInGbTimesBilledSecondsExactly() {
        assertThat(UsageRecord.gbSeconds(512, 150)).isEqualByComparingTo("0.075");
        assertThat(UsageRecord.gbSeconds(128, 1)).isEqualByComparingTo("0.000125");
        assertThat(UsageRecord.gbSeconds(10240, 900_000)).isEqualByComparingTo("9000");
        assertThat(UsageRecord.gbSeconds(1000, 1)).isEqualTo(new BigDecimal("0.0009765625"));
    }

    @Test
    void gbSecondsKeepTheScaleOfTheExactQuotient() {
        // the usage file stores the number as written, so "9000" must not become "9E+3" or "9000.0"
        assertThat(UsageRecord.gbSeconds(10240, 900_000).toString()).isEqualTo("9000");
        assertThat(UsageRecord.gbSeconds(2048, 1000).toString()).isEqualTo("2");
        assertThat(UsageRecord.gbSeconds(1769, 5).toString()).isEqualTo("0.0086376953125");
        assertThat(UsageRecord.gbSeconds(512, 150).toString()).isEqualTo("0.075");
    }

    @Test
    void negativeOrNonFiniteDurationIsRejectedWithTheValueFound() {
        assertThatThrownBy(() -> UsageRecord.billedMs(-1, 0))
                .hasMessage("Expected durationMs to be a finite number of milliseconds >= 0, found -1.0");
        assertThatThrownBy(() -> UsageRecord.billedMs(1, Double.NaN))
                .hasMessage("Expected initDurationMs to be a finite number of milliseconds >= 0, found NaN");
    }
}
