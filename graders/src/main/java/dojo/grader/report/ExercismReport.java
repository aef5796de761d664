package dojo.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.grader.compile.CompileError;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A grade as Exercism's test runner interface, version 3 ({@code results.json}): overall status
 * pass / fail / error, a message only for error, and per check its name, code, status, message
 * and output (evidence, at most 500 characters as the interface asks).
 */
public final class ExercismReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_OUTPUT = 500;

    private ExercismReport() {}

    public static String render(GradeReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 3);
        root.put("status", report.status().name().toLowerCase(Locale.ROOT));
        if (report.status() == GradeStatus.ERROR) {
            root.put("message", report.message() + (report.compileErrors().isEmpty() ? "" : "\n"
                    + report.compileErrors().stream().map(CompileError::toString).collect(Collectors.joining("\n"))));
        }
        ArrayNode tests = root.putArray("tests");
        for (CheckResult c : report.checks()) {
            ObjectNode test = tests.addObject();
            test.put("name", c.order() + ". " + c.title());
            test.put("test_code", c.code());
            test.put("status", c.status().name().toLowerCase(Locale.ROOT));
            if (!c.passed()) {
                test.put("message", c.message());
            }
            String output = c.evidence().isEmpty() ? "" : EvidenceText.of(c.evidence().get(c.evidence().size() - 1));
            if (!output.isBlank()) {
                test.put("output", output.length() <= MAX_OUTPUT ? output : output.substring(0, MAX_OUTPUT - 1) + "…");
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
