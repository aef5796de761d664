package dojo.course.account;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Login rate limiting: at most {@code maxFailures} failed logins per username, and four times
 * that per client address, within a sliding {@code window}. A throttled attempt is refused before
 * the password is checked. Kept in memory: each server limits on its own. Thread-safe.
 */
public final class LoginThrottle {
    private final int maxFailures;
    private final Duration window;
    private final InstantSource clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public LoginThrottle(int maxFailures, Duration window, InstantSource clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Time until the next attempt is allowed; zero when allowed now. */
    public synchronized Duration wait(String username, String address) {
        Instant now = clock.instant();
        return max(waitFor("user:" + username, maxFailures, now), waitFor("addr:" + address, maxFailures * 4, now));
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        failures.computeIfAbsent("user:" + username, k -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent("addr:" + address, k -> new ArrayDeque<>()).addLast(now);
        if (failures.size() > 100_000) {
            failures.values().removeIf(d -> d.isEmpty() || d.peekLast().plus(window).isBefore(now));
        }
    }

    public synchronized void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(key);
            return Duration.ZERO;
        }
        return times.size() < limit ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(window));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
