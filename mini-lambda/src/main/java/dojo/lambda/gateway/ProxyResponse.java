package dojo.lambda.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The HTTP response the gateway sends: a status, headers in order (names may repeat) and the body bytes. */
record ProxyResponse(int status, List<GatewayRequest.Header> headers, byte[] body) {
    ProxyResponse {
        headers = List.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** API Gateway's own answer, e.g. 404 {@code {"message":"Not Found"}}. */
    static ProxyResponse message(int status, String message) {
        return new ProxyResponse(status, List.of(new GatewayRequest.Header("Content-Type", "application/json")),
                ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header, without regard to case, or null. */
    String header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(GatewayRequest.Header::value).findFirst().orElse(null);
    }
}
