package dojo.lambda.billing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an account's free allowance across bill lines in proportion to their usage, by the
 * largest-remainder method: every line gets the floor of its exact share, then the leftover
 * units go one each to the lines with the largest fractional parts (ties to the earlier line).
 * Shares therefore sum exactly to {@code free} and never exceed a line's own usage.
 */
final class FreeTier {
    private FreeTier() {}

    /** Requires {@code 0 <= free <= sum(amounts)}. */
    static List<BigInteger> split(BigInteger free, List<BigInteger> amounts) {
        BigInteger total = amounts.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (free.signum() < 0 || free.compareTo(total) > 0) {
            throw new IllegalArgumentException(
                    "Expected a free amount between 0 and the usage " + total + ", found " + free);
        }
        if (total.signum() == 0) {
            return amounts.stream().map(a -> BigInteger.ZERO).toList();
        }
        List<BigInteger> shares = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        for (BigInteger amount : amounts) {
            BigInteger[] qr = free.multiply(amount).divideAndRemainder(total);
            shares.add(qr[0]);
            remainders.add(qr[1]);
        }
        int leftover = free.subtract(shares.stream().reduce(BigInteger.ZERO, BigInteger::add)).intValueExact();
        IntStream.range(0, amounts.size())
                .boxed()
                .sorted(Comparator.comparing(remainders::get).reversed())
                .limit(leftover)
                .forEach(i -> shares.set(i, shares.get(i).add(BigInteger.ONE)));
        return shares;
    }

    /** The same split for decimal quantities, in units of their finest scale. */
    static List<BigDecimal> splitDecimal(BigDecimal free, List<BigDecimal> amounts) {
        int scale = amounts.stream().mapToInt(BigDecimal::scale).reduce(Math.max(free.scale(), 0), Math::max);
        List<BigInteger> units = amounts.stream().map(a -> a.setScale(scale).unscaledValue()).toList();
        return split(free.setScale(scale).unscaledValue(), units).stream()
                .map(u -> new BigDecimal(u, scale))
                .toList();
    }
}
