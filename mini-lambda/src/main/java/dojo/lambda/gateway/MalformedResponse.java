package dojo.lambda.gateway;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;

/**
 * A function response API Gateway cannot turn into HTTP (AWS logs "Malformed Lambda proxy
 * response" and answers 502). The message says what was wrong, for the engine's log.
 */
final class MalformedResponse extends ApiException {
    MalformedResponse(String message) {
        super(ErrorType.ServiceException, "Malformed Lambda proxy response: " + message);
    }
}
