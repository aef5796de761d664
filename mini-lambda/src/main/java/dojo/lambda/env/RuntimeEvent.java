package dojo.lambda.env;

import java.util.Objects;

/**
 * One invocation as the Runtime API hands it to the runtime on {@code GET /invocation/next}.
 *
 * @param clientContext base64-free JSON of the client context, or null
 * @param cognitoIdentity JSON of the Cognito identity, or null
 */
public record RuntimeEvent(
        String requestId,
        long deadlineEpochMs,
        String functionArn,
        String traceId,
        String clientContext,
        String cognitoIdentity,
        byte[] payload) {
    public RuntimeEvent {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(functionArn, "functionArn");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(payload, "payload");
    }
}
