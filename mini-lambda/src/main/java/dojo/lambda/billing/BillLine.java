package dojo.lambda.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One function's usage on one architecture in a monthly {@link Bill}. Gross amounts are before
 * the free tier; {@code freeRequests} and {@code freeGbSeconds} are this line's share of the
 * account's free tier (see {@link Bill}); {@code netCost} is what remains to pay, exact.
 */
public record BillLine(
        String functionName,
        String architecture,
        long requests,
        BigDecimal gbSeconds,
        BigDecimal requestCost,
        BigDecimal computeCost,
        BigDecimal grossCost,
        long freeRequests,
        BigDecimal freeGbSeconds,
        BigDecimal netCost) {

    public BillLine {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(gbSeconds, "gbSeconds");
        Objects.requireNonNull(requestCost, "requestCost");
        Objects.requireNonNull(computeCost, "computeCost");
        Objects.requireNonNull(grossCost, "grossCost");
        Objects.requireNonNull(freeGbSeconds, "freeGbSeconds");
        Objects.requireNonNull(netCost, "netCost");
        if (freeRequests < 0 || freeRequests > requests || freeGbSeconds.compareTo(gbSeconds) > 0) {
            throw new IllegalArgumentException(
                    "Expected a free-tier share within the line's usage, found " + freeRequests + " of "
                            + requests + " requests and " + freeGbSeconds + " of " + gbSeconds + " GB-s free");
        }
    }
}
