package dojo.lambda.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The payload format 2.0 event (APIGatewayV2HTTPEvent): lower-case header names with repeated
 * headers joined by commas, cookies in their own list, decoded parameters, members left out
 * when empty, as HTTP APIs send it.
 */
final class EventV2 {
    private EventV2() {}

    static byte[] of(ObjectMapper json, ProxyCall call) {
        GatewayRequest r = call.request();
        ObjectNode e = json.createObjectNode();
        e.put("version", "2.0");
        e.put("routeKey", call.match().route().routeKey());
        e.put("rawPath", r.rawPath());
        e.put("rawQueryString", r.rawQuery());
        Map<String, String> headers = new LinkedHashMap<>();
        ArrayNode cookies = json.createArrayNode();
        for (GatewayRequest.Header h : r.headers()) {
            String name = h.name().toLowerCase(Locale.ROOT);
            if (name.equals("cookie")) {
                for (String c : h.value().split(";")) {
                    if (!c.isBlank()) {
                        cookies.add(c.trim());
                    }
                }
            } else {
                headers.merge(name, h.value(), (a, b) -> a + "," + b);
            }
        }
        headers.put("x-amzn-trace-id", call.traceId());
        headers.put("x-forwarded-for", call.forwardedFor());
        headers.put("x-forwarded-port", String.valueOf(call.port()));
        headers.put("x-forwarded-proto", "http");
        if (!cookies.isEmpty()) {
            e.set("cookies", cookies);
        }
        ObjectNode h = e.putObject("headers");
        headers.forEach(h::put);
        Map<String, List<String>> query = QueryString.parse(r.rawQuery());
        if (!query.isEmpty()) {
            ObjectNode q = e.putObject("queryStringParameters");
            query.forEach((k, v) -> q.put(k, String.join(",", v)));
        }
        e.set("requestContext", context(json, call));
        if (r.body().length > 0) {
            boolean text = BodyEncoding.isText(r.header("Content-Type"));
            e.put("body", text ? new String(r.body(), StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(r.body()));
            e.put("isBase64Encoded", !text);
        } else {
            e.put("isBase64Encoded", false);
        }
        if (!call.match().pathParameters().isEmpty()) {
            ObjectNode p = e.putObject("pathParameters");
            call.match().pathParameters().forEach(p::put);
        }
        if (!call.stage().variables().isEmpty()) {
            ObjectNode s = e.putObject("stageVariables");
            call.stage().variables().forEach(s::put);
        }
        return e.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode context(ObjectMapper json, ProxyCall call) {
        ObjectNode c = json.createObjectNode();
        c.put("accountId", call.api().accountId());
        c.put("apiId", call.api().id());
        c.put("domainName", call.domainName());
        c.put("domainPrefix", call.api().id());
        ObjectNode http = c.putObject("http");
        http.put("method", call.request().method());
        http.put("path", call.request().rawPath());
        http.put("protocol", call.request().protocol());
        http.put("sourceIp", call.request().sourceIp());
        http.put("userAgent", call.userAgent());
        c.put("requestId", call.requestId());
        c.put("routeKey", call.match().route().routeKey());
        c.put("stage", call.stage().name());
        c.put("time", call.contextTime());
        c.put("timeEpoch", call.time().toEpochMilli());
        return c;
    }
}
