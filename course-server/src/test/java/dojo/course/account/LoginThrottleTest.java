package dojo.course.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));
    private final InstantSource clock = now::get;
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

    @Test
    void aUsernameIsThrottledAfterTooManyFailuresUntilTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.wait("ada", "10.0.0.1")).isZero();
            throttle.failed("ada", "10.0.0.1");
        }
        assertThat(throttle.wait("ada", "10.0.0.2")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.wait("bob", "10.0.0.2")).isZero();
        now.set(now.get().plus(Duration.ofMinutes(15)));
        assertThat(throttle.wait("ada", "10.0.0.1")).isZero();
    }

    @Test
    void oneAddressTryingManyUsernamesIsThrottledToo() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.wait("someone-else", "10.0.0.9")).isPositive();
    }

    @Test
    void aSuccessfulLoginClearsTheUsernamesFailures() {
        throttle.failed("ada", "10.0.0.1");
        throttle.failed("ada", "10.0.0.1");
        throttle.succeeded("ada");
        throttle.failed("ada", "10.0.0.1");
        assertThat(throttle.wait("ada", "10.0.0.1")).isZero();
    }
}
