package dojo.lambda.gateway;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Everything one proxied request's event is made of: the API, stage, matched route and the request. */
record ProxyCall(HttpApi api, Stage stage, RouteMatch match, GatewayRequest request, String requestId, Instant time,
        int port) {
    /** {@code 12/Mar/2020:19:03:58 +0000}, the requestContext time format. */
    private static final DateTimeFormatter CONTEXT_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    String domainName() {
        return api.id() + ".execute-api.localhost";
    }

    String contextTime() {
        return CONTEXT_TIME.format(time);
    }

    String userAgent() {
        String agent = request.header("User-Agent");
        return agent == null ? "" : agent;
    }

    /** AWS adds {@code X-Amzn-Trace-Id} to what it forwards. */
    String traceId() {
        return "Root=1-" + String.format("%08x", time.getEpochSecond()) + "-" + Ids.hex(24);
    }

    /** The client's address appended to any X-Forwarded-For it sent, as a proxy does. */
    String forwardedFor() {
        String earlier = request.header("X-Forwarded-For");
        return earlier == null ? request.sourceIp() : earlier + ", " + request.sourceIp();
    }
}
