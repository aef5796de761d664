package dojo.lambda.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueOrderTest {

    @Test
    void stringsAreOrderedByCodePointLikeTheirUtf8BytesNotByUtf16Units() {
        String emoji = "\uD83D\uDE00"; // U+1F600, UTF-16 units D83D DE00
        String lastBmp = "\uFFFD"; // U+FFFD, above every surrogate unit
        assertThat(ValueOrder.compareCodePoints(emoji, lastBmp)).isPositive();
        assertThat(ValueOrder.compareCodePoints(lastBmp, emoji)).isNegative();
        assertThat(ValueOrder.compareCodePoints("a" + emoji, "a" + lastBmp)).isPositive();
        assertThat(emoji.compareTo(lastBmp)).as("String.compareTo would get it wrong").isNegative();
    }

    @Test
    void plainStringsCompareByCharacterThenByLength() {
        assertThat(ValueOrder.compareCodePoints("order-10", "order-9")).isNegative();
        assertThat(ValueOrder.compareCodePoints("order", "order-1")).isNegative();
        assertThat(ValueOrder.compareCodePoints("order-1", "order")).isPositive();
        assertThat(ValueOrder.compareCodePoints("same", "same")).isZero();
        assertThat(ValueOrder.compareCodePoints("B", "a")).isNegative();
    }

    @Test
    void numbersCompareByValueAndDifferentTypesDoNot() {
        assertThat(ValueOrder.compare(new Value.N(new BigDecimal("10")), new Value.N(new BigDecimal("9.5")))).isPositive();
        assertThat(ValueOrder.compare(new Value.N(BigDecimal.ONE), new Value.S("1"))).isNull();
    }
}
