package dojo.grader.report;

import dojo.grader.api.Visibility;
import dojo.grader.compile.CompileError;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of grading one submission for one lab: compile errors, or every check's result in
 * the lab's order. Render it with {@link TextReport}, {@link ExercismReport} or
 * {@link GradescopeReport}.
 *
 * @param message why no check ran when {@code status} is ERROR, else ""
 * @param due when checks with {@link Visibility#AFTER_DUE_DATE} may be shown; null when never
 * @param millis how long grading took
 */
public record GradeReport(
        String labId,
        String labTitle,
        GradeStatus status,
        String message,
        List<CompileError> compileErrors,
        List<CheckResult> checks,
        Instant due,
        long millis) {

    public GradeReport {
        Objects.requireNonNull(labId, "labId");
        Objects.requireNonNull(labTitle, "labTitle");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        compileErrors = List.copyOf(compileErrors);
        checks = List.copyOf(checks);
    }

    /** A grade from check results: PASS when all passed, else FAIL. */
    public static GradeReport of(String labId, String labTitle, List<CheckResult> checks, Instant due, long millis) {
        GradeStatus status = checks.stream().allMatch(CheckResult::passed) ? GradeStatus.PASS : GradeStatus.FAIL;
        return new GradeReport(labId, labTitle, status, "", List.of(), checks, due, millis);
    }

    /** A grade in which no check ran, e.g. because the submission does not compile. */
    public static GradeReport error(String labId, String labTitle, String message, List<CompileError> errors, long millis) {
        return new GradeReport(labId, labTitle, GradeStatus.ERROR, message, errors, List.of(), null, millis);
    }

    public double score() {
        return checks.stream().mapToDouble(CheckResult::points).sum();
    }

    public double maxScore() {
        return checks.stream().mapToDouble(CheckResult::maxPoints).sum();
    }

    /** The first check in order that did not pass. */
    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }

    /** The report a learner may see at {@code now}: hidden checks are left out until the due date. */
    public GradeReport visibleAt(Instant now) {
        boolean revealed = due != null && !now.isBefore(due);
        List<CheckResult> shown = checks.stream()
                .filter(c -> c.visibility() == Visibility.VISIBLE || revealed).toList();
        if (shown.size() == checks.size()) {
            return this;
        }
        GradeReport visible = of(labId, labTitle, shown, due, millis);
        return new GradeReport(labId, labTitle, visible.status(), message, compileErrors, shown, due, millis);
    }
}
