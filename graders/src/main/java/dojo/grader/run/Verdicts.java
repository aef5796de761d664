package dojo.grader.run;

import dojo.grader.api.Check;
import dojo.grader.api.CheckFailure;
import dojo.grader.api.Invocation;
import dojo.grader.api.Text;
import dojo.grader.report.CheckResult;
import dojo.grader.report.CheckStatus;
import dojo.grader.report.Evidence;
import java.util.ArrayList;
import java.util.List;

/** Turns how a check ended, and the invocations it made, into its {@link CheckResult}. */
final class Verdicts {
    private static final int MAX_EVIDENCE = 3;

    private Verdicts() {}

    static CheckResult of(PlannedCheck planned, CheckOutcome outcome, List<Invocation> invocations, long millis) {
        Check c = planned.check();
        Throwable thrown = outcome.thrown();
        CheckStatus status;
        String message;
        if (outcome.timeLimit()) {
            status = CheckStatus.ERROR;
            message = thrown != null ? thrown.getMessage()
                    : "The grade's time limit ran out while this check was running; its invocations so far are below.";
        } else if (thrown == null) {
            status = CheckStatus.PASS;
            message = "";
        } else if (thrown instanceof AssertionError) {
            status = CheckStatus.FAIL;
            message = thrown instanceof CheckFailure ? thrown.getMessage() : "Expected the check's assertion to hold, got: "
                    + thrown.getMessage();
        } else {
            status = CheckStatus.ERROR;
            message = "The check could not finish: " + thrown + where(thrown);
        }
        return new CheckResult(c.order(), planned.id(), c.title(), c.kind(), status,
                status == CheckStatus.PASS ? c.points() : 0, c.points(), message, planned.code(), c.visibility(),
                evidence(invocations), millis);
    }

    static CheckResult notRun(PlannedCheck planned, String why) {
        Check c = planned.check();
        return new CheckResult(c.order(), planned.id(), c.title(), c.kind(), CheckStatus.ERROR, 0, c.points(), why,
                planned.code(), c.visibility(), List.of(), 0);
    }

    private static String where(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (!frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("jdk.")) {
                return " (at " + frame + ")";
            }
        }
        return "";
    }

    /** The last few invocations: a failing check's last one is usually the one that shows why. */
    private static List<Evidence> evidence(List<Invocation> invocations) {
        List<Evidence> evidence = new ArrayList<>();
        int from = Math.max(0, invocations.size() - MAX_EVIDENCE);
        for (int i = from; i < invocations.size(); i++) {
            Invocation inv = invocations.get(i);
            String label = "invocation " + (i + 1) + " of " + invocations.size() + (inv.coldStart() ? ", cold start" : ", warm");
            evidence.add(new Evidence(label, Text.clip(inv.event().strip(), 300), inv.outcome().name(), Text.clip(inv.response(), 500),
                    Text.tail(inv.log(), 1500), inv.reportLine().replaceFirst("^REPORT RequestId: \\S+\\s*", "REPORT ")
                            .replace('\t', ' ').strip()));
        }
        return evidence;
    }
}
