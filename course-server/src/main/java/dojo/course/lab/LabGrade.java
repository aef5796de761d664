package dojo.course.lab;

import dojo.grader.api.Visibility;
import dojo.grader.report.GradeReport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One Submit as the course keeps it (JSON in {@code lab_attempts.result_json}) and shows it: every
 * check with its points, message and evidence, including checks hidden until the due date, which
 * {@link #visibleAt} leaves out until then.
 *
 * @param status PASS, FAIL or ERROR (no check ran: see {@code message}, e.g. compile errors)
 * @param dueMillis when hidden checks show (epoch ms), null when never
 */
public record LabGrade(String status, String message, List<CompileProblem> compileProblems, List<Check> checks, Long dueMillis,
        long millis) {

    public LabGrade {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        compileProblems = List.copyOf(compileProblems);
        checks = List.copyOf(checks);
    }

    /** One check's result; {@code hiddenUntilDue} checks are left out of what a learner sees before the due date. */
    public record Check(int order, String id, String title, String kind, String status, double points, double maxPoints,
            String message, boolean hiddenUntilDue, List<Evidence> evidence) {
        public Check {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            evidence = List.copyOf(evidence);
        }
    }

    /** One invocation behind a verdict: response, the end of its log, and the REPORT figures. */
    public record Evidence(String label, String event, String outcome, String response, String log, String report) {
    }

    public static LabGrade of(GradeReport report) {
        List<Check> checks = report.checks().stream().map(c -> new Check(c.order(), c.id(), c.title(), c.kind().name(),
                c.status().name(), c.points(), c.maxPoints(), c.message(), c.visibility() == Visibility.AFTER_DUE_DATE,
                c.evidence().stream().map(e -> new Evidence(e.label(), e.event(), e.outcome(), e.response(), e.log(), e.report()))
                        .toList())).toList();
        List<CompileProblem> problems = report.compileErrors().stream()
                .map(e -> new CompileProblem(e.file(), e.line(), e.column(), e.message())).toList();
        return new LabGrade(report.status().name(), report.message(), problems, checks,
                report.due() == null ? null : report.due().toEpochMilli(), report.millis());
    }

    /** A grade in which no check ran because grading itself failed (the platform's fault, said in {@code message}). */
    public static LabGrade error(String message, long millis) {
        return new LabGrade("ERROR", message, List.of(), List.of(), null, millis);
    }

    /** What a learner may see at {@code now}: hidden checks only from the due date on; status from what is shown. */
    public LabGrade visibleAt(Instant now) {
        boolean revealed = dueMillis != null && now.toEpochMilli() >= dueMillis;
        List<Check> shown = checks.stream().filter(c -> !c.hiddenUntilDue() || revealed).toList();
        if (shown.size() == checks.size() || status.equals("ERROR")) {
            return this;
        }
        String visibleStatus = shown.stream().allMatch(c -> c.status().equals("PASS")) ? "PASS" : "FAIL";
        return new LabGrade(visibleStatus, message, compileProblems, shown, dueMillis, millis);
    }

    public double score() {
        return checks.stream().mapToDouble(Check::points).sum();
    }

    public double maxScore() {
        return checks.stream().mapToDouble(Check::maxPoints).sum();
    }

    public boolean passed() {
        return status.equals("PASS");
    }
}
