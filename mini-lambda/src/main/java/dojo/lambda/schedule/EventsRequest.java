package dojo.lambda.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** Reads an EventBridge request's members with AWS's validation messages. */
final class EventsRequest {
    private static final Pattern NAME = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
    private final JsonNode body;

    EventsRequest(JsonNode body) {
        this.body = body;
    }

    JsonNode body() {
        return body;
    }

    /** A member that may be absent; null then. */
    String text(String member) {
        JsonNode v = body.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw EventsException.validation("Expected " + member + " to be a string, found " + v + ".");
        }
        return v.asText();
    }

    String required(String member) {
        String v = text(member);
        if (v == null) {
            throw EventsException.validation("1 validation error detected: Value null at '" + lowerFirst(member)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return v;
    }

    /** A rule name or target id: 1 to 64 of letters, digits, '.', '-' and '_'. */
    String name(String member) {
        return checkName(required(member), member);
    }

    static String checkName(String value, String member) {
        if (!NAME.matcher(value).matches()) {
            throw EventsException.validation("1 validation error detected: Value '" + value + "' at '" + lowerFirst(member)
                    + "' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+"
                    + " and have length between 1 and 64");
        }
        return value;
    }

    /** Only the default bus runs schedules; another bus name is an unknown bus here. */
    void requireDefaultBus(String accountId) {
        String bus = text("EventBusName");
        if (bus != null && !bus.equals("default") && !bus.equals("arn:aws:events:" + Rule.REGION + ":" + accountId + ":event-bus/default")) {
            throw new EventsException("ResourceNotFoundException", "Event bus " + bus + " does not exist. This engine has only the"
                    + " default event bus, where scheduled rules live; leave EventBusName out.");
        }
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
