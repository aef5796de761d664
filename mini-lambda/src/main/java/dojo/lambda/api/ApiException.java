package dojo.lambda.api;

import java.util.Objects;

/**
 * The root of the engine's exceptions: an error a caller of the Lambda API sees, with AWS's error
 * name and a message that says what was expected, what was found and what to do. {@code reason}
 * is AWS's optional {@code Reason} field (for example
 * {@code ReservedFunctionConcurrentInvocationLimitExceeded}), or null.
 */
public class ApiException extends RuntimeException {
    private final ErrorType type;
    private final String reason;

    public ApiException(ErrorType type, String message) {
        this(type, message, null);
    }

    public ApiException(ErrorType type, String message, String reason) {
        super(Objects.requireNonNull(message, "message"));
        this.type = Objects.requireNonNull(type, "type");
        this.reason = reason;
    }

    public ErrorType type() {
        return type;
    }

    public String reason() {
        return reason;
    }
}
