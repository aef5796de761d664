package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;

/**
 * An error of the DynamoDB and DynamoDB Streams APIs, answered as AWS does: HTTP status, body
 * {@code {"__type":"<namespace>#<name>","message":..}} plus any fields of its own (the
 * cancellation reasons of a transaction, the item of a failed condition).
 */
final class TableException extends ApiException {
    static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
    static final String CORAL_SERVICE = "com.amazon.coral.service#";
    private static final String CORAL_VALIDATE = "com.amazon.coral.validate#";

    private final String name;
    private final String namespace;
    private final int status;
    private final transient ObjectNode extra;

    TableException(String namespace, String name, int status, String message, ObjectNode extra) {
        super(status >= 500 ? ErrorType.ServiceException : ErrorType.ValidationException, message);
        this.name = name;
        this.namespace = namespace;
        this.status = status;
        this.extra = extra;
    }

    static TableException validation(String message) {
        return new TableException(CORAL_VALIDATE, "ValidationException", 400, message, null);
    }

    static TableException notFound(String message) {
        return new TableException(DYNAMODB, "ResourceNotFoundException", 400, message, null);
    }

    static TableException inUse(String message) {
        return new TableException(DYNAMODB, "ResourceInUseException", 400, message, null);
    }

    static TableException conditionFailed(ObjectNode itemField) {
        return new TableException(DYNAMODB, "ConditionalCheckFailedException", 400, "The conditional request failed", itemField);
    }

    static TableException serialization(String message) {
        return new TableException(CORAL_SERVICE, "SerializationException", 400, message, null);
    }

    static TableException of(String name, String message) {
        return new TableException(DYNAMODB, name, 400, message, null);
    }

    String name() {
        return name;
    }

    int status() {
        return status;
    }

    /** The JSON body AWS sends for this error. */
    ObjectNode body() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("__type", namespace + name);
        // AWS spells it with a capital M for transaction cancellations only
        body.put(name.equals("TransactionCanceledException") ? "Message" : "message", getMessage());
        if (extra != null) {
            body.setAll(extra);
        }
        return body;
    }
}
