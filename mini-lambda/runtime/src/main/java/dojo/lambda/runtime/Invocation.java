package dojo.lambda.runtime;

import java.util.Objects;

/**
 * One event handed out by {@code GET /runtime/invocation/next}, with its Lambda-Runtime-* headers.
 * Optional headers are null when absent.
 */
record Invocation(
        String requestId,
        long deadlineMillis,
        String invokedFunctionArn,
        String traceId,
        String clientContextJson,
        String cognitoIdentityJson,
        String tenantId,
        Payload event) {
    Invocation {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(event, "event");
    }
}
