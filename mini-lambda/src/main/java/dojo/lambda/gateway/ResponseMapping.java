package dojo.lambda.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Turns a function's response into HTTP as API Gateway does. Format 2.0: an object with
 * {@code statusCode} is read as {statusCode, headers, cookies, body, isBase64Encoded}; any other
 * JSON value becomes a 200 {@code application/json} response whose body is that value (a JSON
 * string's text, or the JSON itself). Format 1.0: the object must have {@code statusCode}, and
 * {@code multiValueHeaders} join {@code headers}. Anything else throws {@link MalformedResponse}.
 */
final class ResponseMapping {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseMapping() {}

    /** The HTTP response for {@code payload} in the given payload format, or 502 when it is malformed. */
    static ProxyResponse map(String payloadFormatVersion, byte[] payload) {
        try {
            return payloadFormatVersion.equals("2.0") ? v2(payload) : v1(payload);
        } catch (MalformedResponse e) {
            return ProxyResponse.message(502, "Internal Server Error");
        }
    }

    static ProxyResponse v2(byte[] payload) {
        JsonNode node = parse(payload);
        if (!node.isObject() || !node.has("statusCode")) {
            byte[] body = node.isTextual() ? node.asText().getBytes(StandardCharsets.UTF_8) : payload;
            return new ProxyResponse(200, List.of(new GatewayRequest.Header("Content-Type", "application/json")), body);
        }
        List<GatewayRequest.Header> headers = new ArrayList<>();
        singleHeaders(node.get("headers"), headers);
        JsonNode cookies = node.get("cookies");
        if (cookies != null && !cookies.isNull()) {
            if (!cookies.isArray()) {
                throw new MalformedResponse("cookies must be a list of strings, found " + cookies);
            }
            for (JsonNode c : cookies) {
                headers.add(new GatewayRequest.Header("Set-Cookie", scalar(c, "cookies")));
            }
        }
        return new ProxyResponse(status(node), headers, body(node));
    }

    static ProxyResponse v1(byte[] payload) {
        JsonNode node = parse(payload);
        if (!node.isObject() || !node.has("statusCode")) {
            throw new MalformedResponse("format 1.0 needs an object with statusCode, headers, body and isBase64Encoded; found "
                    + abbreviate(node.toString()));
        }
        List<GatewayRequest.Header> headers = new ArrayList<>();
        JsonNode multi = node.get("multiValueHeaders");
        List<String> multiNames = new ArrayList<>();
        if (multi != null && !multi.isNull()) {
            if (!multi.isObject()) {
                throw new MalformedResponse("multiValueHeaders must be an object of lists, found " + multi);
            }
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) multi::fields) {
                if (!e.getValue().isArray()) {
                    throw new MalformedResponse("multiValueHeaders." + e.getKey() + " must be a list, found " + e.getValue());
                }
                multiNames.add(e.getKey().toLowerCase(java.util.Locale.ROOT));
                for (JsonNode v : e.getValue()) {
                    headers.add(new GatewayRequest.Header(e.getKey(), scalar(v, "multiValueHeaders." + e.getKey())));
                }
            }
        }
        List<GatewayRequest.Header> single = new ArrayList<>();
        singleHeaders(node.get("headers"), single);
        single.stream().filter(h -> !multiNames.contains(h.name().toLowerCase(java.util.Locale.ROOT))).forEach(headers::add);
        return new ProxyResponse(status(node), headers, body(node));
    }

    private static JsonNode parse(byte[] payload) {
        try {
            JsonNode node = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(payload);
            if (node == null || node.isMissingNode()) {
                throw new MalformedResponse("the function returned nothing");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedResponse("the function's response is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedResponse("the function's response could not be read: " + e.getMessage());
        }
    }

    private static int status(JsonNode node) {
        JsonNode s = node.get("statusCode");
        if (!s.isIntegralNumber() || s.asInt() < 100 || s.asInt() > 599) {
            throw new MalformedResponse("statusCode must be a whole number from 100 to 599, found " + s);
        }
        return s.asInt();
    }

    private static void singleHeaders(JsonNode headers, List<GatewayRequest.Header> out) {
        if (headers == null || headers.isNull()) {
            return;
        }
        if (!headers.isObject()) {
            throw new MalformedResponse("headers must be an object of strings, found " + headers);
        }
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) headers::fields) {
            if (!e.getValue().isNull()) {
                out.add(new GatewayRequest.Header(e.getKey(), scalar(e.getValue(), "headers." + e.getKey())));
            }
        }
    }

    private static String scalar(JsonNode v, String where) {
        if (!v.isValueNode() || v.isNull()) {
            throw new MalformedResponse(where + " must be a string, found " + v);
        }
        return v.asText();
    }

    private static byte[] body(JsonNode node) {
        JsonNode body = node.get("body");
        JsonNode encoded = node.get("isBase64Encoded");
        if (encoded != null && !encoded.isNull() && !encoded.isBoolean()) {
            throw new MalformedResponse("isBase64Encoded must be true or false, found " + encoded);
        }
        if (body == null || body.isNull()) {
            return new byte[0];
        }
        if (!body.isTextual()) {
            throw new MalformedResponse("body must be a string (serialise objects to JSON text first), found " + abbreviate(body.toString()));
        }
        if (encoded != null && encoded.asBoolean()) {
            try {
                return Base64.getDecoder().decode(body.asText());
            } catch (IllegalArgumentException e) {
                throw new MalformedResponse("isBase64Encoded is true but body is not base64: " + e.getMessage());
            }
        }
        return body.asText().getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
