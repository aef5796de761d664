package dojo.lambda.gateway;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An HTTP request to an API as it arrived: {@code rawPath} is the part after the API's address
 * (still percent-encoded, with a named stage's prefix), headers in arrival order with their names
 * as sent.
 */
record GatewayRequest(String method, String rawPath, String rawQuery, List<Header> headers, byte[] body, String sourceIp,
        String protocol) {
    record Header(String name, String value) {}

    GatewayRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    static GatewayRequest from(Context ctx, String rawPath) {
        List<Header> headers = new ArrayList<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            for (String value : Collections.list(ctx.req().getHeaders(name))) {
                headers.add(new Header(name, value));
            }
        }
        return new GatewayRequest(ctx.req().getMethod(), rawPath, ctx.queryString(), headers, ctx.bodyAsBytes(),
                ctx.req().getRemoteAddr(), ctx.req().getProtocol());
    }

    /** The first value of a header, matched without regard to case, or null. */
    String header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst().orElse(null);
    }

    /** The decoded segments of {@code path} ({@code /a/b%20c} -> [a, b c]); empty segments are dropped. */
    static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(PercentDecoding.path(s));
            }
        }
        return out;
    }
}
