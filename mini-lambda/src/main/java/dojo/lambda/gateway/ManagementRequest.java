package dojo.lambda.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON body of a management call, read with messages that name the member and the fix. */
record ManagementRequest(JsonNode body) {
    String text(String member) {
        JsonNode v = body.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw GatewayException.badRequest("Expected " + member + " to be a string, found " + v + ".");
        }
        return v.asText();
    }

    String required(String member, String example) {
        String v = text(member);
        if (v == null || v.isEmpty()) {
            throw GatewayException.badRequest("Missing " + member + ": it is required here, e.g. " + member + "=" + example + ".");
        }
        return v;
    }

    Integer integer(String member) {
        JsonNode v = body.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            throw GatewayException.badRequest("Expected " + member + " to be a whole number, found " + v + ".");
        }
        return v.asInt();
    }

    boolean bool(String member, boolean absent) {
        JsonNode v = body.get(member);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isBoolean()) {
            throw GatewayException.badRequest("Expected " + member + " to be true or false, found " + v + ".");
        }
        return v.asBoolean();
    }

    Map<String, String> stringMap(String member) {
        JsonNode v = body.get(member);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            throw GatewayException.badRequest("Expected " + member + " to be an object of strings, found " + v + ".");
        }
        v.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
