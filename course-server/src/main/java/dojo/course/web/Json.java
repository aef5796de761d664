package dojo.course.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** JSON in and out of the page's own requests, with clear 4xx errors for bodies that are not right. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The request body as a JSON object, or 400/413 saying what was wrong. */
    static JsonNode body(Context ctx, int maxBytes) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new HttpError(415, "Expected a body of Content-Type application/json, found "
                    + (type == null ? "no Content-Type" : "'" + type + "'") + "; send the request as JSON, as the course pages do");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > maxBytes) {
            throw new HttpError(413, "Expected a request of at most " + maxBytes / 1024 + " KB, found " + bytes.length / 1024
                    + " KB; shorten the code");
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new HttpError(400, "Expected a JSON object as the request body, found "
                        + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "Expected a JSON object as the request body, found malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new HttpError(400, "Could not read the request body: " + e.getMessage());
        }
    }

    static void send(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON for " + value.getClass().getSimpleName(), e);
        }
    }
}
