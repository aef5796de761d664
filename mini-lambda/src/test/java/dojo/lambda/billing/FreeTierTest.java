package dojo.lambda.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeTierTest {

    private static List<BigInteger> ints(long... values) {
        return java.util.Arrays.stream(values).mapToObj(BigInteger::valueOf).toList();
    }

    @Test
    void sharesAreProportionalToUsage() {
        assertThat(FreeTier.split(BigInteger.valueOf(1_000_000), ints(1_500_000, 500_000)))
                .isEqualTo(ints(750_000, 250_000));
    }

    @Test
    void leftoverUnitsGoToTheLargestRemaindersAndNeverExceedALine() {
        assertThat(FreeTier.split(BigInteger.TWO, ints(1, 1, 1))).isEqualTo(ints(1, 1, 0));
        assertThat(FreeTier.split(BigInteger.valueOf(5), ints(3, 3, 3))).isEqualTo(ints(2, 2, 1));
        assertThat(FreeTier.split(BigInteger.valueOf(3), ints(1, 5))).isEqualTo(ints(1, 2));
    }

    @Test
    void freeAmountCoveringAllUsageFreesEveryLineCompletely() {
        assertThat(FreeTier.split(BigInteger.valueOf(7), ints(2, 5))).isEqualTo(ints(2, 5));
    }

    @Test
    void decimalSharesAddUpExactly() {
        List<BigDecimal> shares = FreeTier.splitDecimal(
                new BigDecimal("400000"), List.of(new BigDecimal("0.0065"), new BigDecimal("999999.9935")));

        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("400000");
        assertThat(shares.get(0)).isEqualByComparingTo("0.0026");
    }

    @Test
    void freeAmountLargerThanUsageIsRejected() {
        assertThatThrownBy(() -> FreeTier.split(BigInteger.TEN, ints(2, 3)))
                .hasMessage("Expected a free amount between 0 and the usage 5, found 10");
    }
}
