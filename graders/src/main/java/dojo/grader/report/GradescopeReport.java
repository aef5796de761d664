package dojo.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.grader.api.Visibility;
import dojo.grader.compile.CompileError;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A grade as Gradescope's autograder {@code results.json}: score and max score, execution time
 * in seconds, and per check its score, status, output and visibility (a hidden check is
 * {@code after_due_date}; Gradescope does the hiding).
 */
public final class GradescopeReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeReport() {}

    public static String render(GradeReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", report.score());
        root.put("max_score", report.maxScore());
        root.put("execution_time", Math.round(report.millis() / 1000.0));
        root.put("output", summary(report));
        root.put("output_format", "text");
        root.put("test_output_format", "text");
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        for (CheckResult c : report.checks()) {
            ObjectNode test = tests.addObject();
            test.put("score", c.points());
            test.put("max_score", c.maxPoints());
            test.put("status", c.passed() ? "passed" : "failed");
            test.put("name", c.title());
            test.put("name_format", "text");
            test.put("number", Integer.toString(c.order()));
            test.put("output", output(c));
            test.put("output_format", "text");
            test.putArray("tags").add(c.kind().name().toLowerCase(Locale.ROOT));
            test.put("visibility", c.visibility() == Visibility.VISIBLE ? "visible" : "after_due_date");
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String summary(GradeReport report) {
        if (report.status() == GradeStatus.ERROR) {
            return report.message() + (report.compileErrors().isEmpty() ? "" : "\n"
                    + report.compileErrors().stream().map(CompileError::toString).collect(Collectors.joining("\n")));
        }
        return report.firstFailure().map(c -> "First failure: " + TextReport.heading(c) + "\n" + c.message())
                .orElse("All checks passed.");
    }

    private static String output(CheckResult c) {
        if (c.passed()) {
            return "";
        }
        String evidence = c.evidence().stream().map(EvidenceText::of).collect(Collectors.joining("\n"));
        return c.message() + (evidence.isEmpty() ? "" : "\n\n" + evidence);
    }
}
