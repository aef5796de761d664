package dojo.lambda.runtime;

import java.util.List;
import java.util.Objects;

/**
 * The error body AWS runtimes send: {@code {"errorMessage":..,"errorType":..,"stackTrace":[..]}},
 * with the runtime's own frames removed from the trace.
 */
record ErrorReport(String errorMessage, String errorType, List<String> stackTrace) {
    ErrorReport {
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(errorType, "errorType");
        stackTrace = List.copyOf(stackTrace);
    }

    /** Reports a throwable as AWS's Java runtime does: its message (or class name), class name and user frames. */
    static ErrorReport of(Throwable error) {
        String message = error.getLocalizedMessage();
        return new ErrorReport(
                message == null ? error.getClass().getName() : message,
                error.getClass().getName(),
                StackTrim.userFrames(error.getStackTrace()));
    }

    String toJson() {
        StringBuilder json = new StringBuilder(128 + errorMessage.length());
        json.append("{\"errorMessage\":");
        JsonText.appendQuoted(json, errorMessage);
        json.append(",\"errorType\":");
        JsonText.appendQuoted(json, errorType);
        json.append(",\"stackTrace\":[");
        for (int i = 0; i < stackTrace.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            JsonText.appendQuoted(json, stackTrace.get(i));
        }
        return json.append("]}").toString();
    }
}
