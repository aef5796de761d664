package dojo.lambda.billing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Meters invocations and bills accounts, as Lambda does (see DESIGN.md "Billing").
 *
 * <p>Each account's usage is appended, one JSON line per invocation, to
 * {@code <dataDir>/accounts/<accountId>/usage.jsonl} and indexed in memory; the file is read
 * back the first time an account is used after a start. Recording costs one small write
 * (no file rewrite, no fsync). Months are calendar months in UTC.
 *
 * <p>Thread-safe; calls for different accounts do not contend. {@link #close()} closes the
 * files; the caller that created the meter closes it.
 */
public final class BillingMeter implements AutoCloseable {
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

    private final Path dataDir;
    private final PriceSheet prices;
    private final InstantSource clock;
    private final ObjectMapper json = UsageJson.mapper();
    private final ConcurrentMap<String, Ledger> ledgers = new ConcurrentHashMap<>();

    public BillingMeter(Path dataDir, PriceSheet prices, InstantSource clock) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PriceSheet prices() {
        return prices;
    }

    /**
     * Computes, stores and returns the usage of one invocation, timestamped now. The billed
     * duration covers {@code durationMs + initDurationMs} (see {@link UsageRecord#billedMs}); a
     * positive {@code initDurationMs} marks a cold start. Record only invocations that ran
     * (throttled calls are not billed).
     *
     * @throws ApiException InvalidParameterValueException for an unknown architecture or a bad
     *     account id; ServiceException when the usage file cannot be written
     */
    public UsageRecord record(
            String accountId,
            String functionName,
            String requestId,
            double durationMs,
            double initDurationMs,
            int memoryMb,
            String architecture,
            String outcome) {
        requireAccountId(accountId);
        long billedMs = UsageRecord.billedMs(durationMs, initDurationMs);
        BigDecimal gbSeconds = UsageRecord.gbSeconds(memoryMb, billedMs);
        BigDecimal cost = gbSeconds.multiply(prices.pricePerGbSecond(architecture)).add(prices.pricePerRequest());
        UsageRecord usage = new UsageRecord(
                accountId, functionName, requestId, clock.instant(), durationMs, initDurationMs, billedMs,
                memoryMb, architecture, gbSeconds, cost, outcome, initDurationMs > 0);
        ledger(accountId).append(usage);
        return usage;
    }

    /**
     * The account's usage with {@code from <= timestamp < to}, oldest first.
     *
     * @param functionName one function's usage, or null for all of the account's functions
     */
    public List<UsageRecord> usage(String accountId, String functionName, Instant from, Instant to) {
        requireAccountId(accountId);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<UsageRecord> selected = ledger(accountId).select(u -> (functionName == null
                        || functionName.equals(u.functionName()))
                && !u.timestamp().isBefore(from)
                && u.timestamp().isBefore(to));
        // concurrent invocations may be recorded a little out of timestamp order
        return selected.stream().sorted(Comparator.comparing(UsageRecord::timestamp)).toList();
    }

    /** The account's bill for {@code month} (UTC) with the free tier applied; see {@link Bill}. */
    public Bill bill(String accountId, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        MonthlyUsage monthly = new MonthlyUsage(accountId, month);
        usage(accountId, null, from, to).forEach(monthly::add);
        return monthly.bill(prices);
    }

    /** The bill for the current month so far. */
    public Bill currentBill(String accountId) {
        return bill(accountId, YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)));
    }

    @Override
    public void close() {
        ledgers.values().forEach(Ledger::close);
    }

    private Ledger ledger(String accountId) {
        return ledgers.computeIfAbsent(
                accountId, id -> new Ledger(dataDir.resolve("accounts").resolve(id).resolve("usage.jsonl"), json));
    }

    private static void requireAccountId(String accountId) {
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            throw new ApiException(
                    ErrorType.InvalidParameterValueException,
                    "Expected a 12-digit account id, found '" + accountId + "'; pass the function's accountId");
        }
    }
}
