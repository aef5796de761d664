package dojo.lambda.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import org.junit.jupiter.api.Test;

class ConcurrencyLimiterTest {
    @Test
    void reservedFunctionIsThrottledAtItsReservationWithAwsReason() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(10);
        ConcurrencyLimiter.Slot first = limiter.acquire("111111111111", "f", 1, 1);
        assertThatThrownBy(() -> limiter.acquire("111111111111", "f", 1, 1))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.TooManyRequestsException);
                    assertThat(e.reason()).isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded");
                    assertThat(e.getMessage()).isEqualTo("Rate Exceeded.");
                });
        first.close();
        limiter.acquire("111111111111", "f", 1, 1).close();
    }

    @Test
    void unreservedFunctionsShareWhatReservationsLeaveOfTheAccountLimit() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(3);
        limiter.acquire("111111111111", "a", null, 1);
        limiter.acquire("111111111111", "b", null, 1);
        assertThatThrownBy(() -> limiter.acquire("111111111111", "c", null, 1))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.reason()).isEqualTo("ConcurrentInvocationLimitExceeded"));
        // the reserved function still runs, and another account is not affected
        limiter.acquire("111111111111", "r", 1, 1);
        limiter.acquire("222222222222", "a", null, 0);
    }

    @Test
    void closingASlotTwiceFreesItOnce() {
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(5);
        ConcurrencyLimiter.Slot s = limiter.acquire("111111111111", "f", null, 0);
        limiter.acquire("111111111111", "f", null, 0);
        s.close();
        s.close();
        assertThat(limiter.running("111111111111", "f")).isEqualTo(1);
    }
}
