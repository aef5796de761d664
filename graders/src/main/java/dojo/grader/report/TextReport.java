package dojo.grader.report;

import dojo.grader.compile.CompileError;
import java.util.Locale;

/** A grade as plain text for a terminal: the verdict, the first failure, every check, the evidence. */
public final class TextReport {
    private TextReport() {}

    public static String render(GradeReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Lab ").append(report.labId()).append(": ").append(report.labTitle()).append('\n');
        if (report.status() == GradeStatus.ERROR) {
            out.append("Result: ERROR, no check ran. ").append(report.message()).append('\n');
            for (CompileError e : report.compileErrors()) {
                out.append(indent(e.toString(), "  ").replace("\n", "\n  ")).append('\n');
            }
            return out.toString();
        }
        long passed = report.checks().stream().filter(CheckResult::passed).count();
        out.append(String.format(Locale.ROOT, "Result: %s, %s of %s points, %d of %d checks passed (graded in %.1f s)%n",
                report.status(), Points.of(report.score()), Points.of(report.maxScore()), passed, report.checks().size(),
                report.millis() / 1000.0));
        report.firstFailure().ifPresent(first -> out.append("\nFirst failure: ").append(heading(first)).append('\n')
                .append(indent(first.message(), "  ")).append('\n'));
        out.append("\nChecks:\n");
        for (CheckResult c : report.checks()) {
            out.append(String.format(Locale.ROOT, "  %-5s %s (%s/%s, %.1f s)%n", c.status(), heading(c),
                    Points.of(c.points()), Points.of(c.maxPoints()), c.millis() / 1000.0));
        }
        for (CheckResult c : report.checks()) {
            if (!c.passed()) {
                out.append("\n-- ").append(heading(c)).append('\n').append(indent(c.message(), "  ")).append('\n');
                for (Evidence e : c.evidence()) {
                    out.append(indent(EvidenceText.of(e), "  ")).append('\n');
                }
                if (!c.code().isBlank()) {
                    out.append("  The check:\n").append(indent(c.code(), "    ")).append('\n');
                }
            }
        }
        return out.toString();
    }

    static String heading(CheckResult c) {
        return c.order() + ". " + c.title() + " [" + c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "]";
    }

    static String indent(String text, String prefix) {
        return text.strip().lines().map(l -> l.isEmpty() ? l : prefix + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
