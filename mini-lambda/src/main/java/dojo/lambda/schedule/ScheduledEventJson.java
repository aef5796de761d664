package dojo.lambda.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** AWS's Scheduled Event, the event a scheduled rule sends when its target has no Input. */
final class ScheduledEventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScheduledEventJson() {}

    static byte[] of(Rule rule, Instant fireTime) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", rule.accountId());
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(fireTime.truncatedTo(ChronoUnit.SECONDS)));
        event.put("region", Rule.REGION);
        event.putArray("resources").add(rule.arn());
        event.putObject("detail");
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }
}
