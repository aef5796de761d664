package dojo.grader.report;

/** One piece of evidence as text: which invocation, its event, response, REPORT figures and log. */
final class EvidenceText {
    private EvidenceText() {}

    static String of(Evidence e) {
        StringBuilder out = new StringBuilder();
        out.append("Evidence: ").append(e.label()).append(", outcome ").append(e.outcome()).append('\n');
        out.append("  event: ").append(e.event()).append('\n');
        out.append("  response: ").append(e.response()).append('\n');
        if (!e.report().isBlank()) {
            out.append("  ").append(e.report()).append('\n');
        }
        if (!e.log().isBlank()) {
            out.append("  log:\n").append(TextReport.indent(e.log(), "    ")).append('\n');
        }
        return out.toString();
    }
}
