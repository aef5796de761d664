package dojo.lambda.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a function's response becomes HTTP, per payload format, and which responses are malformed (502). */
class ResponseMappingTest {
    private static ProxyResponse map(String version, String payload) {
        return ResponseMapping.map(version, payload.getBytes(StandardCharsets.UTF_8));
    }

    private static String headers(ProxyResponse r) {
        return r.headers().stream().map(h -> h.name() + ": " + h.value()).toList().toString();
    }

    @Test
    void v2ObjectWithStatusCodeIsTakenAsTheResponse() {
        ProxyResponse r = map("2.0", "{\"statusCode\":201,\"headers\":{\"Content-Type\":\"text/plain\",\"X-Count\":3},"
                + "\"cookies\":[\"a=1; Path=/\",\"b=2\"],\"body\":\"created\",\"isBase64Encoded\":false,\"multiValueHeaders\":null}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(headers(r)).isEqualTo("[Content-Type: text/plain, X-Count: 3, Set-Cookie: a=1; Path=/, Set-Cookie: b=2]");
        assertThat(r.bodyText()).isEqualTo("created");
    }

    @Test
    void v2Base64BodyIsDecodedToBytes() {
        ProxyResponse r = map("2.0", "{\"statusCode\":200,\"body\":\"AAEC/w==\",\"isBase64Encoded\":true}");
        assertThat(r.body()).containsExactly(0, 1, 2, 255);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"Hello from Lambda!\"|Hello from Lambda!",
            "{ \"message\": \"Hello from Lambda!\" }|{ \"message\": \"Hello from Lambda!\" }",
            "{\"body\":\"no status\"}|{\"body\":\"no status\"}",
            "42|42",
            "[1,2]|[1,2]",
            "null|null"})
    void v2BareValueBecomesA200JsonBody(String payload, String body) {
        ProxyResponse r = map("2.0", payload);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.bodyText()).isEqualTo(body);
    }

    @Test
    void v1MultiValueHeadersJoinHeadersAndWinForTheSameName() {
        ProxyResponse r = map("1.0", "{\"statusCode\":302,\"headers\":{\"Location\":\"/x\",\"Set-Cookie\":\"lost=1\"},"
                + "\"multiValueHeaders\":{\"Set-Cookie\":[\"a=1\",\"b=2\"]},\"body\":null,\"isBase64Encoded\":false}");
        assertThat(r.status()).isEqualTo(302);
        assertThat(headers(r)).isEqualTo("[Set-Cookie: a=1, Set-Cookie: b=2, Location: /x]");
        assertThat(r.body()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "not json",
            "{\"statusCode\":200} trailing",
            " ",
            "{\"statusCode\":\"200\",\"body\":\"x\"}",
            "{\"statusCode\":200.5}",
            "{\"statusCode\":99}",
            "{\"statusCode\":600}",
            "{\"statusCode\":null}",
            "{\"statusCode\":200,\"body\":{\"message\":\"an object, not a string\"}}",
            "{\"statusCode\":200,\"body\":42}",
            "{\"statusCode\":200,\"headers\":\"Content-Type: text/plain\"}",
            "{\"statusCode\":200,\"headers\":{\"X-List\":[\"a\",\"b\"]}}",
            "{\"statusCode\":200,\"headers\":{\"X-Obj\":{\"a\":1}}}",
            "{\"statusCode\":200,\"cookies\":\"a=1\"}",
            "{\"statusCode\":200,\"cookies\":[{\"a\":1}]}",
            "{\"statusCode\":200,\"isBase64Encoded\":\"yes\",\"body\":\"x\"}",
            "{\"statusCode\":200,\"isBase64Encoded\":true,\"body\":\"not base64!\"}"})
    void v2MalformedResponsesAreA502(String payload) {
        ProxyResponse r = map("2.0", payload);
        assertThat(r.status()).isEqualTo(502);
        assertThat(r.bodyText()).isEqualTo("{\"message\":\"Internal Server Error\"}");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "\"a bare string\"",
            "{\"body\":\"no statusCode\"}",
            "[200]",
            "{\"statusCode\":\"200\"}",
            "{\"statusCode\":200,\"body\":{\"json\":true}}",
            "{\"statusCode\":200,\"multiValueHeaders\":{\"X\":\"not a list\"}}",
            "{\"statusCode\":200,\"multiValueHeaders\":[\"X\"]}",
            "{\"statusCode\":200,\"headers\":{\"X\":[\"a\"]}}",
            "{\"statusCode\":200,\"isBase64Encoded\":true,\"body\":\"%%%\"}",
            "not json"})
    void v1MalformedResponsesAreA502(String payload) {
        ProxyResponse r = map("1.0", payload);
        assertThat(r.status()).isEqualTo(502);
        assertThat(r.bodyText()).isEqualTo("{\"message\":\"Internal Server Error\"}");
    }
}
