package dojo.lambda.invoke;

import java.util.Objects;

/**
 * One call of Invoke.
 *
 * @param clientContext base64 client context as AWS's {@code X-Amz-Client-Context}, or null
 */
public record InvokeRequest(String functionName, InvocationType type, byte[] payload, boolean tailLog, String clientContext) {
    public enum InvocationType {
        REQUEST_RESPONSE,
        EVENT,
        DRY_RUN
    }

    public InvokeRequest {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(type, "type");
        payload = payload == null || payload.length == 0 ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : payload;
    }

    public static InvokeRequest sync(String functionName, String json) {
        return new InvokeRequest(functionName, InvocationType.REQUEST_RESPONSE,
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8), false, null);
    }
}
