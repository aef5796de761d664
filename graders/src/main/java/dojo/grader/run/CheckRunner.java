package dojo.grader.run;

import dojo.grader.api.GradingRun;
import dojo.grader.report.CheckResult;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a lab's checks, one at a time in the lab's order, each as its own JUnit Platform launcher
 * request for the JUnit Jupiter engine, and turns each into a {@link CheckResult}. A check still
 * running when the grade's deadline has passed is abandoned (its invocations end at their own
 * timeouts) and reported as an error, as is every check after it.
 */
public final class CheckRunner {
    private static final Duration GRACE = Duration.ofSeconds(5);
    private final Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
            .enableTestEngineAutoRegistration(false)
            .enableTestExecutionListenerAutoRegistration(false)
            .enableLauncherDiscoveryListenerAutoRegistration(false)
            .enablePostDiscoveryFilterAutoRegistration(false)
            .enableLauncherSessionListenerAutoRegistration(false)
            .addTestEngines(new JupiterTestEngine())
            .build());

    /** Runs every check against {@code run}, which must stay open until this returns. */
    public List<CheckResult> run(LabChecks checks, GradingRun run, Instant deadline, InstantSource clock) {
        List<CheckResult> results = new ArrayList<>();
        ExecutorService worker = newWorker(run);
        try {
            for (PlannedCheck check : checks.checks()) {
                long started = System.nanoTime();
                if (run.pastDeadline()) {
                    results.add(Verdicts.notRun(check, "Not run: the grade's time limit ran out before this check started."));
                    continue;
                }
                Future<CheckOutcome> future = worker.submit(() -> execute(check, run));
                CheckOutcome outcome;
                try {
                    long waitMs = Math.max(0, Duration.between(clock.instant(), deadline).plus(GRACE).toMillis());
                    outcome = future.get(waitMs, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    future.cancel(true);
                    outcome = CheckOutcome.outOfTime();
                    worker.shutdownNow();
                    worker = newWorker(run);
                } catch (ExecutionException e) {
                    outcome = CheckOutcome.of(e.getCause());
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                results.add(Verdicts.of(check, outcome, run.takeEvidence(), millis));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while grading", e);
        } finally {
            worker.shutdownNow();
        }
        return results;
    }

    private CheckOutcome execute(PlannedCheck check, GradingRun run) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectMethod(check.method().getDeclaringClass(), check.method()))
                .configurationParameter(GradingRun.PARAMETER, run.id())
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build();
        OutcomeListener listener = new OutcomeListener();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(check.method().getDeclaringClass().getClassLoader());
        try {
            launcher.execute(request, listener);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return listener.outcome();
    }

    private static ExecutorService newWorker(GradingRun run) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "checks-" + run.id());
            t.setDaemon(true);
            return t;
        });
    }
}
