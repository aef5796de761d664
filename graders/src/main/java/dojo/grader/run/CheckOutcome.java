package dojo.grader.run;

import dojo.grader.api.GradeTimeLimitExceeded;

/**
 * How a check's execution ended, before it becomes a result.
 *
 * @param thrown what the check threw, null when it returned
 */
record CheckOutcome(Throwable thrown, boolean timeLimit) {
    static CheckOutcome passed() {
        return new CheckOutcome(null, false);
    }

    static CheckOutcome of(Throwable thrown) {
        return thrown instanceof GradeTimeLimitExceeded ? new CheckOutcome(thrown, true) : new CheckOutcome(thrown, false);
    }

    static CheckOutcome outOfTime() {
        return new CheckOutcome(null, true);
    }
}
