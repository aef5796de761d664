package dojo.lambda.gateway;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;

/**
 * An API Gateway management error as the REST-JSON protocol carries it: header
 * {@code x-amzn-ErrorType: <code>}, body {@code {"message":..}} and the status of that code.
 */
final class GatewayException extends ApiException {
    private final String code;
    private final int status;

    private GatewayException(String code, int status, ErrorType nearest, String message) {
        super(nearest, message);
        this.code = code;
        this.status = status;
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }

    static GatewayException badRequest(String message) {
        return new GatewayException("BadRequestException", 400, ErrorType.InvalidParameterValueException, message);
    }

    static GatewayException notFound(String message) {
        return new GatewayException("NotFoundException", 404, ErrorType.ResourceNotFoundException, message);
    }

    static GatewayException conflict(String message) {
        return new GatewayException("ConflictException", 409, ErrorType.ResourceConflictException, message);
    }
}
