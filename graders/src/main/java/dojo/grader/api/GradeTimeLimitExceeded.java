package dojo.grader.api;

import java.time.Duration;

/** The grade's wall-clock bound ran out; the check that was running, and all after it, are errors. */
public final class GradeTimeLimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GradeTimeLimitExceeded(Duration limit) {
        super("The grade ran out of its " + limit.toSeconds() + " s time limit before this check finished; the "
                + "invocations so far are below. A submission that keeps timing out makes every check slow: fix that first");
    }
}
