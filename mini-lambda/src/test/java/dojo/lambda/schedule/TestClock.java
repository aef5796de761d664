package dojo.lambda.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that stands still until a test moves it. */
final class TestClock implements InstantSource {
    private volatile Instant now;

    TestClock(String isoInstant) {
        this.now = Instant.parse(isoInstant);
    }

    @Override
    public Instant instant() {
        return now;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }
}
