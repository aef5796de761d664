package dojo.lambda.dynamodb;

import java.math.BigDecimal;

/**
 * DynamoDB's number rules: decimal (never binary floating point), at most 38 significant digits,
 * magnitudes from 1E-130 up to (but not including) 1E+126, positive or negative.
 */
final class Numbers {
    private static final BigDecimal MAX = new BigDecimal("1E+126");
    private static final BigDecimal MIN = new BigDecimal("1E-130");

    private Numbers() {}

    /** The number a request's {@code N} string denotes, or a ValidationException as AWS words it. */
    static BigDecimal parse(String text) {
        BigDecimal n;
        try {
            n = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw TableException.validation("The parameter cannot be converted to a numeric value: " + text);
        }
        return check(n);
    }

    /** {@code n} in canonical form (no trailing zeros) if DynamoDB can store it. */
    static BigDecimal check(BigDecimal n) {
        if (n.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = n.stripTrailingZeros();
        BigDecimal abs = stripped.abs();
        if (abs.compareTo(MAX) >= 0) {
            throw TableException.validation("Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (abs.compareTo(MIN) < 0) {
            throw TableException.validation("Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        if (stripped.precision() > 38) {
            throw TableException.validation("Attempting to store more than 38 significant digits in a Number");
        }
        return stripped;
    }

    /** The wire form: plain digits while they stay short, scientific notation for far magnitudes. */
    static String format(BigDecimal n) {
        int integerDigits = n.precision() - n.scale();
        return integerDigits <= 40 && n.scale() <= 40 ? n.toPlainString() : n.toString();
    }
}
