package dojo.grader.run;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Collects how the one selected check ended. A failure of its class (e.g. a constructor that
 * throws) counts when the method itself never ran.
 */
final class OutcomeListener implements TestExecutionListener {
    private CheckOutcome test;
    private CheckOutcome container;

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        CheckOutcome outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> CheckOutcome.passed();
            case FAILED, ABORTED -> CheckOutcome.of(result.getThrowable()
                    .orElseGet(() -> new IllegalStateException("The check ended " + result.getStatus() + " without a reason")));
        };
        if (id.isTest()) {
            test = outcome;
        } else if (outcome.thrown() != null && container == null) {
            container = outcome;
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            test = CheckOutcome.of(new IllegalStateException("The check was skipped: " + reason));
        }
    }

    CheckOutcome outcome() {
        if (test != null) {
            return test;
        }
        return container != null ? container
                : CheckOutcome.of(new IllegalStateException("The launcher ran no check; is the method annotated with @Check?"));
    }
}
