package dojo.lambda.schedule;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;

/**
 * An EventBridge error as the JSON protocol carries it: {@code {"__type":code,"message":..}},
 * HTTP 400 like every EventBridge client error.
 */
final class EventsException extends ApiException {
    private final String code;

    EventsException(String code, String message) {
        super(ErrorType.ValidationException, message);
        this.code = code;
    }

    String code() {
        return code;
    }

    static EventsException validation(String message) {
        return new EventsException("ValidationException", message);
    }

    static EventsException noSuchRule(String name) {
        return new EventsException("ResourceNotFoundException", "Rule " + name + " does not exist on EventBus default.");
    }
}
