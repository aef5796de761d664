package dojo.lambda.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One account's Lambda bill for one calendar month (UTC), with gross amounts (list price of all
 * usage) and net amounts (after the monthly free tier).
 *
 * <p>The free tier belongs to the account, not to a function: {@code freeRequests} =
 * min(requests, free requests a month) and {@code freeGbSeconds} = min(GB-s, free GB-s a month),
 * whatever the architecture. Each {@link BillLine} gets a share proportional to its own requests
 * (and GB-s); the last indivisible units go to the lines with the largest remainders, so the
 * shares add up exactly to the account's free amounts and no line gets more than it used.
 * Net cost = the billable (non-free) units of each line at that line's price, summed exactly;
 * {@code amountDue} is the net cost rounded half-up to cents.
 *
 * @param lines sorted by function name, then architecture
 */
public record Bill(
        String accountId,
        YearMonth month,
        String currency,
        List<BillLine> lines,
        long requests,
        BigDecimal gbSeconds,
        BigDecimal grossCost,
        long freeRequests,
        BigDecimal freeGbSeconds,
        long billableRequests,
        BigDecimal billableGbSeconds,
        BigDecimal netCost,
        BigDecimal amountDue) {

    public Bill {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        Objects.requireNonNull(gbSeconds, "gbSeconds");
        Objects.requireNonNull(grossCost, "grossCost");
        Objects.requireNonNull(freeGbSeconds, "freeGbSeconds");
        Objects.requireNonNull(billableGbSeconds, "billableGbSeconds");
        Objects.requireNonNull(netCost, "netCost");
        Objects.requireNonNull(amountDue, "amountDue");
        if (freeRequests + billableRequests != requests) {
            throw new IllegalArgumentException(
                    "Expected free + billable requests = requests, found " + freeRequests + " + "
                            + billableRequests + " != " + requests);
        }
    }
}
