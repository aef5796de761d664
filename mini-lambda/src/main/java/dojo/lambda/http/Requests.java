package dojo.lambda.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.account.SignedRequest;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading Lambda API requests: the signed request for SigV4, and JSON bodies with clear errors. */
final class Requests {
    private Requests() {}

    static SignedRequest signed(Context ctx) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(ctx.req().getHeaders(name))));
        }
        return new SignedRequest(ctx.req().getMethod(), ctx.req().getRequestURI(), ctx.queryString(), headers,
                signsItsOwnBody(ctx) ? new byte[0] : ctx.bodyAsBytes());
    }

    /**
     * True when the signature does not cover the body's hash ({@code UNSIGNED-PAYLOAD}, a
     * {@code STREAMING-*} chunked upload, or an S3 presigned URL, always signed over
     * {@code UNSIGNED-PAYLOAD}). The body is then left unread for the service to stream: an S3
     * upload of a gigabyte must not be read into memory to check a signature that ignores it.
     */
    private static boolean signsItsOwnBody(Context ctx) {
        String declared = ctx.header("x-amz-content-sha256");
        if (declared != null) {
            declared = declared.strip();
            return declared.equals("UNSIGNED-PAYLOAD") || declared.startsWith("STREAMING-");
        }
        return ctx.header("Authorization") == null && "s3".equals(ServiceGuess.fromUnverified(ctx));
    }

    static JsonNode json(ObjectMapper json, Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            return json.createObjectNode();
        }
        try {
            JsonNode n = json.readTree(body);
            if (n == null || !n.isObject()) {
                throw new ApiException(ErrorType.InvalidRequestContentException,
                        "Could not parse request body into json: expected a JSON object, found " + (n == null ? "nothing" : n.getNodeType()));
            }
            return n;
        } catch (IOException e) {
            throw new ApiException(ErrorType.InvalidRequestContentException,
                    "Could not parse request body into json: " + firstLine(e.getMessage()));
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiException(ErrorType.InvalidRequestContentException,
                    "Expected " + field + " to be a string, found " + v.getNodeType() + ".");
        }
        return v.asText();
    }

    static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new ApiException(ErrorType.InvalidRequestContentException,
                    "Expected " + field + " to be a whole number, found " + v + ".");
        }
        return v.asInt();
    }

    static Map<String, String> variables(JsonNode n) {
        JsonNode env = n.path("Environment").path("Variables");
        if (env.isMissingNode() || env.isNull()) {
            return null;
        }
        if (!env.isObject()) {
            throw new ApiException(ErrorType.InvalidRequestContentException,
                    "Expected Environment.Variables to be an object of strings, found " + env.getNodeType() + ".");
        }
        Map<String, String> vars = new LinkedHashMap<>();
        env.fields().forEachRemaining(e -> vars.put(e.getKey(), e.getValue().asText()));
        return vars;
    }

    static List<String> strings(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed JSON";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
