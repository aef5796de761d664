package dojo.lambda.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Bills computed from monthly totals, so the examples can use millions of invocations. */
class BillTest {
    private static final PriceSheet PRICES = PriceSheet.standard();
    private static final String ACCOUNT = "123456789012";
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    /** {@code invocations} calls of one function, each with the same memory and duration. */
    private static MonthlyUsage.Line calls(String fn, String arch, long invocations, int memoryMb, double ms) {
        BigDecimal each = UsageRecord.gbSeconds(memoryMb, UsageRecord.billedMs(ms, 0));
        return new MonthlyUsage.Line(fn, arch, invocations, each.multiply(BigDecimal.valueOf(invocations)));
    }

    private static Bill bill(MonthlyUsage.Line... lines) {
        MonthlyUsage usage = new MonthlyUsage(ACCOUNT, NOVEMBER);
        for (MonthlyUsage.Line line : lines) {
            usage.add(line);
        }
        return usage.bill(PRICES);
    }

    @Test
    void designWorkedExampleCostsSixtyCents() {
        Bill bill = bill(calls("checkout", "x86_64", 4_000_000, 512, 150));

        assertThat(bill.gbSeconds()).isEqualByComparingTo("300000");
        assertThat(bill.freeGbSeconds()).isEqualByComparingTo("300000");
        assertThat(bill.billableGbSeconds()).isEqualByComparingTo("0");
        assertThat(bill.requests()).isEqualTo(4_000_000);
        assertThat(bill.freeRequests()).isEqualTo(1_000_000);
        assertThat(bill.billableRequests()).isEqualTo(3_000_000);
        assertThat(bill.netCost()).isEqualByComparingTo("0.60");
        assertThat(bill.amountDue()).hasToString("0.60");
        // list price before the free tier: 300,000 x 0.0000166667 + 4 x 0.20
        assertThat(bill.grossCost()).isEqualByComparingTo("5.80001");
        assertThat(bill.currency()).isEqualTo("USD");
        assertThat(bill.lines()).singleElement().satisfies(line -> {
            assertThat(line.functionName()).isEqualTo("checkout");
            assertThat(line.computeCost()).isEqualByComparingTo("5.00001");
            assertThat(line.requestCost()).isEqualByComparingTo("0.80");
            assertThat(line.netCost()).isEqualByComparingTo("0.60");
        });
    }

    @Test
    void computeBeyondTheFreeGbSecondsIsCharged() {
        // 1 GB for 1 s, 500,000 times: 100,000 GB-s over the free tier, requests all free
        Bill bill = bill(calls("resize", "x86_64", 500_000, 1024, 1000));

        assertThat(bill.billableGbSeconds()).isEqualByComparingTo("100000");
        assertThat(bill.billableRequests()).isZero();
        assertThat(bill.netCost()).isEqualByComparingTo("1.66667");
        assertThat(bill.amountDue()).hasToString("1.67");
    }

    @Test
    void arm64ComputeIsChargedAtTheArmPrice() {
        Bill bill = bill(calls("thumbs", "arm64", 600_000, 2048, 500));

        assertThat(bill.gbSeconds()).isEqualByComparingTo("600000");
        assertThat(bill.netCost()).isEqualByComparingTo("2.66668");
        assertThat(bill.amountDue()).hasToString("2.67");
        assertThat(bill.lines().get(0).grossCost()).isEqualByComparingTo("8.12004");
    }

    @Test
    void freeTierIsSharedByFunctionsInProportionToTheirUsage() {
        Bill bill = bill(
                new MonthlyUsage.Line("worker", "arm64", 500_000, new BigDecimal("200000")),
                new MonthlyUsage.Line("api", "x86_64", 1_500_000, new BigDecimal("300000")));

        BillLine api = bill.lines().get(0);
        BillLine worker = bill.lines().get(1);
        assertThat(api.functionName()).isEqualTo("api");
        assertThat(api.freeRequests()).isEqualTo(750_000);
        assertThat(api.freeGbSeconds()).isEqualByComparingTo("240000");
        assertThat(worker.freeRequests()).isEqualTo(250_000);
        assertThat(worker.freeGbSeconds()).isEqualByComparingTo("160000");
        // api: 750,000 x 0.0000002 + 60,000 x 0.0000166667; worker: 250,000 x 0.0000002 + 40,000 x 0.0000133334
        assertThat(api.netCost()).isEqualByComparingTo("1.150002");
        assertThat(worker.netCost()).isEqualByComparingTo("0.583336");
        assertThat(bill.netCost()).isEqualByComparingTo("1.733338");
        assertThat(bill.amountDue()).hasToString("1.73");
    }

    @Test
    void sameFunctionOnTwoArchitecturesGetsTwoLines() {
        Bill bill = bill(
                calls("api", "x86_64", 10, 128, 100),
                calls("api", "arm64", 20, 128, 100),
                calls("api", "x86_64", 5, 128, 100));

        assertThat(bill.lines()).extracting(BillLine::architecture, BillLine::requests)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("arm64", 20L),
                        org.assertj.core.groups.Tuple.tuple("x86_64", 15L));
    }

    @Test
    void monthWithoutUsageCostsNothing() {
        Bill bill = bill();

        assertThat(bill.lines()).isEmpty();
        assertThat(bill.amountDue()).hasToString("0.00");
        assertThat(bill.gbSeconds()).isEqualByComparingTo("0");
    }
}
