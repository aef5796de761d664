package dojo.lambda.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.gateway.GatewayRequest.Header;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The events of payload formats 2.0 and 1.0, built from one request. */
class ProxyEventTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant TIME = Instant.parse("2026-11-23T15:00:00.123Z");

    private static ProxyCall call(String method, String rawPath, String query, String body, String contentType, Map<String, String> vars) {
        HttpApi api = new HttpApi("a1b2c3d4e5", "000000000000", "orders", null, TIME, null, null, null);
        Stage stage = new Stage("$default", true, vars, null, TIME);
        Route route = new Route("r1", "GET /orders/{id}", "integrations/i1");
        RouteMatch match = new RouteMatch(route, route.key(), Map.of("id", "42 x"));
        List<Header> headers = new java.util.ArrayList<>(List.of(new Header("Host", "127.0.0.1:4566"), new Header("User-Agent", "curl/8"),
                new Header("X-Tag", "a"), new Header("x-tag", "b"), new Header("Cookie", "s=1; theme=dark"), new Header("Cookie", "c=3")));
        if (contentType != null) {
            headers.add(new Header("Content-Type", contentType));
        }
        GatewayRequest request = new GatewayRequest(method, rawPath, query, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), "10.0.0.9", "HTTP/1.1");
        return new ProxyCall(api, stage, match, request, "JKJaXmPLvHcESHA=", TIME, 4566);
    }

    private static JsonNode v2(ProxyCall call) throws Exception {
        return JSON.readTree(EventV2.of(JSON, call));
    }

    private static JsonNode v1(ProxyCall call) throws Exception {
        return JSON.readTree(EventV1.of(JSON, call));
    }

    @Test
    void v2EventHasAwsShapeWithLowerCaseJoinedHeadersCookiesAndDecodedParameters() throws Exception {
        JsonNode e = v2(call("GET", "/orders/42%20x", "a=1&a=2&q=hello+world%21&flag", null, null, Map.of("env", "dev")));
        assertThat(e.get("version").asText()).isEqualTo("2.0");
        assertThat(e.get("routeKey").asText()).isEqualTo("GET /orders/{id}");
        assertThat(e.get("rawPath").asText()).isEqualTo("/orders/42%20x");
        assertThat(e.get("rawQueryString").asText()).isEqualTo("a=1&a=2&q=hello+world%21&flag");
        assertThat(e.get("cookies").toString()).isEqualTo("[\"s=1\",\"theme=dark\",\"c=3\"]");
        assertThat(e.get("headers").get("x-tag").asText()).isEqualTo("a,b");
        assertThat(e.get("headers").get("host").asText()).isEqualTo("127.0.0.1:4566");
        assertThat(e.get("headers").has("cookie")).isFalse();
        assertThat(e.get("headers").get("x-forwarded-for").asText()).isEqualTo("10.0.0.9");
        assertThat(e.get("headers").get("x-forwarded-proto").asText()).isEqualTo("http");
        assertThat(e.get("headers").get("x-amzn-trace-id").asText()).matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24}");
        assertThat(e.get("queryStringParameters").toString()).isEqualTo("{\"a\":\"1,2\",\"q\":\"hello world!\",\"flag\":\"\"}");
        assertThat(e.get("pathParameters").toString()).isEqualTo("{\"id\":\"42 x\"}");
        assertThat(e.get("stageVariables").toString()).isEqualTo("{\"env\":\"dev\"}");
        assertThat(e.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(e.has("body")).isFalse();
        JsonNode c = e.get("requestContext");
        assertThat(c.toString()).isEqualTo("{\"accountId\":\"000000000000\",\"apiId\":\"a1b2c3d4e5\","
                + "\"domainName\":\"a1b2c3d4e5.execute-api.localhost\",\"domainPrefix\":\"a1b2c3d4e5\",\"http\":{\"method\":\"GET\","
                + "\"path\":\"/orders/42%20x\",\"protocol\":\"HTTP/1.1\",\"sourceIp\":\"10.0.0.9\",\"userAgent\":\"curl/8\"},"
                + "\"requestId\":\"JKJaXmPLvHcESHA=\",\"routeKey\":\"GET /orders/{id}\",\"stage\":\"$default\","
                + "\"time\":\"23/Nov/2026:15:00:00 +0000\",\"timeEpoch\":1795446000123}");
    }

    @Test
    void v2LeavesOutWhatTheRequestDoesNotHave() throws Exception {
        JsonNode e = v2(call("GET", "/orders/1", "", null, null, Map.of()));
        assertThat(e.has("queryStringParameters")).isFalse();
        assertThat(e.has("stageVariables")).isFalse();
        assertThat(e.get("rawQueryString").asText()).isEmpty();
    }

    @Test
    void textBodiesArriveAsTextAndEverythingElseAsBase64() throws Exception {
        assertThat(v2(call("POST", "/o", "", "{\"n\":1}", "application/json; charset=utf-8", Map.of())).get("body").asText())
                .isEqualTo("{\"n\":1}");
        assertThat(v2(call("POST", "/o", "", "<a/>", "text/xml", Map.of())).get("isBase64Encoded").asBoolean()).isFalse();
        JsonNode form = v2(call("POST", "/o", "", "a=1", "application/x-www-form-urlencoded", Map.of()));
        assertThat(form.get("isBase64Encoded").asBoolean()).isTrue();
        assertThat(form.get("body").asText()).isEqualTo("YT0x");
        assertThat(v2(call("POST", "/o", "", "raw", null, Map.of())).get("isBase64Encoded").asBoolean()).isTrue();
    }

    @Test
    void v1EventHasLastValuesAndAllValuesAndNullsForWhatIsAbsent() throws Exception {
        JsonNode e = v1(call("GET", "/orders/42%20x", "a=1&a=2", null, null, Map.of()));
        assertThat(e.get("version").asText()).isEqualTo("1.0");
        assertThat(e.get("resource").asText()).isEqualTo("/orders/{id}");
        assertThat(e.get("path").asText()).isEqualTo("/orders/42%20x");
        assertThat(e.get("httpMethod").asText()).isEqualTo("GET");
        assertThat(e.get("headers").get("X-Tag").asText()).isEqualTo("b");
        assertThat(e.get("multiValueHeaders").get("X-Tag").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(e.get("multiValueHeaders").get("Cookie").toString()).isEqualTo("[\"s=1; theme=dark\",\"c=3\"]");
        assertThat(e.get("queryStringParameters").toString()).isEqualTo("{\"a\":\"2\"}");
        assertThat(e.get("multiValueQueryStringParameters").toString()).isEqualTo("{\"a\":[\"1\",\"2\"]}");
        assertThat(e.get("pathParameters").toString()).isEqualTo("{\"id\":\"42 x\"}");
        assertThat(e.get("stageVariables").isNull()).isTrue();
        assertThat(e.get("body").isNull()).isTrue();
        JsonNode c = e.get("requestContext");
        assertThat(c.get("resourcePath").asText()).isEqualTo("/orders/{id}");
        assertThat(c.get("httpMethod").asText()).isEqualTo("GET");
        assertThat(c.get("identity").get("sourceIp").asText()).isEqualTo("10.0.0.9");
        assertThat(c.get("identity").get("userAgent").asText()).isEqualTo("curl/8");
        assertThat(c.get("requestTime").asText()).isEqualTo("23/Nov/2026:15:00:00 +0000");
        assertThat(c.get("requestTimeEpoch").asLong()).isEqualTo(1795446000123L);
        assertThat(c.get("stage").asText()).isEqualTo("$default");
        assertThat(v1(call("GET", "/orders/1", "", null, null, Map.of())).get("queryStringParameters").isNull()).isTrue();
    }
}
