package dojo.lambda.billing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One account's usage in one month, summed per function and architecture, ready to bill. */
final class MonthlyUsage {
    /** The usage summed on one bill line. */
    record Line(String functionName, String architecture, long requests, BigDecimal gbSeconds) {
        Line {
            Objects.requireNonNull(functionName, "functionName");
            Objects.requireNonNull(architecture, "architecture");
            Objects.requireNonNull(gbSeconds, "gbSeconds");
        }
    }

    private final String accountId;
    private final YearMonth month;
    private final Map<String, Line> lines = new TreeMap<>();

    MonthlyUsage(String accountId, YearMonth month) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.month = Objects.requireNonNull(month, "month");
    }

    MonthlyUsage add(UsageRecord usage) {
        return add(new Line(usage.functionName(), usage.architecture(), 1, usage.gbSeconds()));
    }

    MonthlyUsage add(Line usage) {
        // '/' cannot occur in a function name, so the key sorts by function, then architecture.
        lines.merge(usage.functionName() + "/" + usage.architecture(), usage, (a, b) -> new Line(
                a.functionName(), a.architecture(), a.requests() + b.requests(), a.gbSeconds().add(b.gbSeconds())));
        return this;
    }

    Bill bill(PriceSheet prices) {
        List<Line> usage = List.copyOf(lines.values());
        long requests = usage.stream().mapToLong(Line::requests).sum();
        BigDecimal gbSeconds = usage.stream().map(Line::gbSeconds).reduce(BigDecimal.ZERO, BigDecimal::add);
        long freeRequests = Math.min(requests, prices.freeRequestsPerMonth());
        BigDecimal freeGbSeconds = gbSeconds.min(prices.freeGbSecondsPerMonth());

        List<BigInteger> requestShares = FreeTier.split(
                BigInteger.valueOf(freeRequests),
                usage.stream().map(l -> BigInteger.valueOf(l.requests())).toList());
        List<BigDecimal> gbSecondShares =
                FreeTier.splitDecimal(freeGbSeconds, usage.stream().map(Line::gbSeconds).toList());

        List<BillLine> billLines = new ArrayList<>();
        for (int i = 0; i < usage.size(); i++) {
            billLines.add(line(prices, usage.get(i), requestShares.get(i).longValueExact(), gbSecondShares.get(i)));
        }
        BigDecimal gross = billLines.stream().map(BillLine::grossCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal net = billLines.stream().map(BillLine::netCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Bill(
                accountId,
                month,
                prices.currency(),
                billLines,
                requests,
                gbSeconds,
                gross,
                freeRequests,
                freeGbSeconds,
                requests - freeRequests,
                gbSeconds.subtract(freeGbSeconds),
                net,
                net.setScale(2, RoundingMode.HALF_UP));
    }

    private static BillLine line(PriceSheet prices, Line usage, long freeRequests, BigDecimal freeGbSeconds) {
        BigDecimal perRequest = prices.pricePerRequest();
        BigDecimal perGbSecond = prices.pricePerGbSecond(usage.architecture());
        BigDecimal requestCost = perRequest.multiply(BigDecimal.valueOf(usage.requests()));
        BigDecimal computeCost = perGbSecond.multiply(usage.gbSeconds());
        BigDecimal netCost = perRequest
                .multiply(BigDecimal.valueOf(usage.requests() - freeRequests))
                .add(perGbSecond.multiply(usage.gbSeconds().subtract(freeGbSeconds)));
        return new BillLine(
                usage.functionName(),
                usage.architecture(),
                usage.requests(),
                usage.gbSeconds(),
                requestCost,
                computeCost,
                requestCost.add(computeCost),
                freeRequests,
                freeGbSeconds,
                netCost);
    }
}
