package dojo.lambda.runtime;

/**
 * A fault in the learner's function that the runtime detected itself (bad handler setting, class
 * that cannot be loaded, event that does not fit the input type). Carries the report the learner
 * sees; during INIT it goes to {@code /runtime/init/error}, during an invocation to
 * {@code /invocation/{id}/error}.
 */
final class FunctionError extends RuntimeFault {
    private final transient ErrorReport report;

    FunctionError(ErrorReport report) {
        super(report.errorMessage(), null);
        this.report = report;
    }

    FunctionError(String errorType, String errorMessage) {
        this(new ErrorReport(errorMessage, errorType, java.util.List.of()));
    }

    ErrorReport report() {
        return report;
    }
}
