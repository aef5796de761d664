package dojo.lambda.env;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Freezes an environment a short grace period after its invocation ends, as long as no other
 * invocation started meanwhile. AWS freezes once the response is out; doing that at once here
 * would cost a caller who invokes back to back a freeze and a thaw per invocation (two cgroup
 * writes and a wake-up of every thread of the runtime) for an environment idle for well under a
 * millisecond. Background threads of a function run at most {@link #GRACE_MS} past its last
 * invocation; an environment idle for longer is frozen.
 */
final class IdleFreezer {
    static final long GRACE_MS = 20;
    static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(GRACE_MS);

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "environment-freezer");
        t.setDaemon(true);
        return t;
    });

    private IdleFreezer() {}

    /** Runs {@code freezeIfIdle} once the grace period has passed; it decides whether to freeze. */
    static void afterGrace(Runnable freezeIfIdle) {
        TIMER.schedule(freezeIfIdle, GRACE_MS, TimeUnit.MILLISECONDS);
    }
}
