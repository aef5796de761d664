package dojo.grader.report;

import java.util.Objects;

/**
 * One invocation behind a check's verdict, shortened for reading.
 *
 * @param label which invocation, e.g. {@code invocation 2 of 3, cold start}
 * @param outcome the engine's outcome, e.g. {@code SUCCESS} or {@code TIMEOUT}
 * @param log an excerpt of the invocation's log (its end, where the REPORT line is)
 * @param report the REPORT line's figures
 */
public record Evidence(String label, String event, String outcome, String response, String log, String report) {
    public Evidence {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(report, "report");
    }
}
