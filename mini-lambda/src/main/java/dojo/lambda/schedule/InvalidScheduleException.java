package dojo.lambda.schedule;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;

/**
 * A schedule expression EventBridge would refuse. The message starts with AWS's own words
 * ({@code Parameter ScheduleExpression is not valid.}) and goes on to say what is wrong and how
 * to write it instead.
 */
public final class InvalidScheduleException extends ApiException {
    static final String AWS_MESSAGE = "Parameter ScheduleExpression is not valid.";

    InvalidScheduleException(String reason) {
        super(ErrorType.ValidationException, AWS_MESSAGE + " " + reason);
    }
}
