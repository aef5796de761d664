package dojo.lambda.sqs;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.util.Objects;

/**
 * An SQS error for the caller, answered in SQS's JSON error shape. It is an {@link ApiException}
 * (the engine's root) so in-process callers such as event source mappings can let it through;
 * there it reads as InvalidParameterValueException.
 */
final class SqsException extends ApiException {
    private final SqsError error;

    SqsException(SqsError error, String message) {
        super(error.status() >= 500 ? ErrorType.ServiceException : ErrorType.InvalidParameterValueException, message);
        this.error = Objects.requireNonNull(error, "error");
    }

    SqsError error() {
        return error;
    }

    static SqsException invalidParameter(String message) {
        return new SqsException(SqsError.InvalidParameterValueException, message);
    }

    static SqsException missing(String parameter) {
        return new SqsException(SqsError.MissingRequiredParameterException,
                "The request must contain the parameter " + parameter + ".");
    }

    static SqsException noQueue() {
        return new SqsException(SqsError.QueueDoesNotExist, "The specified queue does not exist.");
    }
}
