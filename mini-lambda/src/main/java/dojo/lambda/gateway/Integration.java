package dojo.lambda.gateway;

import java.util.Objects;

/**
 * An AWS_PROXY integration: the Lambda function {@code uri} names, the payload format version
 * ({@code 1.0} or {@code 2.0}) and how long the gateway waits for it (50 ms to 30 s).
 */
record Integration(String id, String uri, String payloadFormatVersion, int timeoutMillis, String description) {
    static final int MAX_TIMEOUT_MILLIS = 30_000;

    Integration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(payloadFormatVersion, "payloadFormatVersion");
        if (timeoutMillis < 50 || timeoutMillis > MAX_TIMEOUT_MILLIS) {
            throw new IllegalArgumentException("timeoutMillis must be 50-30000, found " + timeoutMillis);
        }
    }

    boolean usesV2() {
        return payloadFormatVersion.equals("2.0");
    }

    /** The function's ARN, from a plain function ARN or API Gateway's {@code ...:lambda:path/.../invocations} form. */
    String functionArn() {
        return FunctionUri.functionArn(uri);
    }
}
