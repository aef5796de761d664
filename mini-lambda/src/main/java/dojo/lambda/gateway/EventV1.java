package dojo.lambda.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payload format 1.0 event (APIGatewayProxyRequestEvent): single-value maps hold the last
 * value, multi-value maps all of them; absent parts are null, as API Gateway sends them.
 */
final class EventV1 {
    private EventV1() {}

    static byte[] of(ObjectMapper json, ProxyCall call) {
        GatewayRequest r = call.request();
        RouteKey key = call.match().key();
        ObjectNode e = json.createObjectNode();
        e.put("version", "1.0");
        e.put("resource", key.isDefault() ? r.rawPath() : key.path());
        e.put("path", r.rawPath());
        e.put("httpMethod", r.method());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (GatewayRequest.Header h : r.headers()) {
            String name = headers.keySet().stream().filter(n -> n.equalsIgnoreCase(h.name())).findFirst().orElse(h.name());
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(h.value());
        }
        headers.put("X-Amzn-Trace-Id", List.of(call.traceId()));
        headers.put("X-Forwarded-For", List.of(call.forwardedFor()));
        headers.put("X-Forwarded-Port", List.of(String.valueOf(call.port())));
        headers.put("X-Forwarded-Proto", List.of("http"));
        lastAndAll(e, "headers", "multiValueHeaders", headers);
        lastAndAll(e, "queryStringParameters", "multiValueQueryStringParameters", QueryString.parse(r.rawQuery()));
        e.set("requestContext", context(json, call));
        ObjectNode path = json.createObjectNode();
        call.match().pathParameters().forEach(path::put);
        e.set("pathParameters", path.isEmpty() ? null : path);
        ObjectNode stage = json.createObjectNode();
        call.stage().variables().forEach(stage::put);
        e.set("stageVariables", stage.isEmpty() ? null : stage);
        boolean text = BodyEncoding.isText(r.header("Content-Type"));
        if (r.body().length == 0) {
            e.putNull("body");
            e.put("isBase64Encoded", false);
        } else {
            e.put("body", text ? new String(r.body(), StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(r.body()));
            e.put("isBase64Encoded", !text);
        }
        return e.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void lastAndAll(ObjectNode e, String single, String multi, Map<String, List<String>> values) {
        if (values.isEmpty()) {
            e.putNull(single);
            e.putNull(multi);
            return;
        }
        ObjectNode one = e.putObject(single);
        ObjectNode all = e.putObject(multi);
        values.forEach((name, list) -> {
            one.put(name, list.get(list.size() - 1));
            list.forEach(all.putArray(name)::add);
        });
    }

    private static ObjectNode context(ObjectMapper json, ProxyCall call) {
        GatewayRequest r = call.request();
        ObjectNode c = json.createObjectNode();
        c.put("accountId", call.api().accountId());
        c.put("apiId", call.api().id());
        ObjectNode authorizer = c.putObject("authorizer");
        authorizer.putNull("claims");
        authorizer.putNull("scopes");
        c.put("domainName", call.domainName());
        c.put("domainPrefix", call.api().id());
        c.put("extendedRequestId", call.requestId());
        c.put("httpMethod", r.method());
        ObjectNode identity = c.putObject("identity");
        for (String absent : List.of("accessKey", "accountId", "caller", "cognitoAuthenticationProvider", "cognitoAuthenticationType",
                "cognitoIdentityId", "cognitoIdentityPoolId", "principalOrgId")) {
            identity.putNull(absent);
        }
        identity.put("sourceIp", r.sourceIp());
        identity.putNull("user");
        identity.put("userAgent", call.userAgent());
        identity.putNull("userArn");
        c.put("path", r.rawPath());
        c.put("protocol", r.protocol());
        c.put("requestId", call.requestId());
        c.put("requestTime", call.contextTime());
        c.put("requestTimeEpoch", call.time().toEpochMilli());
        c.putNull("resourceId");
        c.put("resourcePath", call.match().key().isDefault() ? r.rawPath() : call.match().key().path());
        c.put("stage", call.stage().name());
        return c;
    }
}
