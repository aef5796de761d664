package dojo.lambda.invoke;

/**
 * A function's asynchronous invocation settings, as AWS's PutFunctionEventInvokeConfig names them.
 *
 * @param maximumRetryAttempts 0 to 2 (AWS's default 2)
 * @param maximumEventAgeSeconds 60 to 21600 (AWS's default 21600, six hours)
 * @param onSuccess destination ARN (function or queue) or null
 * @param onFailure destination ARN (function or queue) or null
 */
public record EventInvokeConfig(int maximumRetryAttempts, int maximumEventAgeSeconds, String onSuccess, String onFailure) {
    public static final EventInvokeConfig DEFAULT = new EventInvokeConfig(2, 21600, null, null);

    public EventInvokeConfig {
        if (maximumRetryAttempts < 0 || maximumRetryAttempts > 2) {
            throw new dojo.lambda.api.ApiException(dojo.lambda.api.ErrorType.InvalidParameterValueException,
                    "1 validation error detected: Value '" + maximumRetryAttempts + "' at 'maximumRetryAttempts' failed to "
                            + "satisfy constraint: Member must have value less than or equal to 2");
        }
        if (maximumEventAgeSeconds < 60 || maximumEventAgeSeconds > 21600) {
            throw new dojo.lambda.api.ApiException(dojo.lambda.api.ErrorType.InvalidParameterValueException,
                    "1 validation error detected: Value '" + maximumEventAgeSeconds + "' at 'maximumEventAgeInSeconds' failed "
                            + "to satisfy constraint: Member must have value between 60 and 21600");
        }
    }
}
