package orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One order as the shop puts it on the queue: {"orderId": "o-101", "customerId": "c-1",
 * "amountCents": 1250}. This file is provided: the grader compiles its own copy with every
 * submission.
 */
public record Order(String orderId, String customerId, long amountCents) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The order in a message body; IllegalArgumentException when the body is not a valid order. */
    public static Order parse(String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not an order: the body is not JSON: " + body);
        }
        String orderId = node.path("orderId").asText("");
        String customerId = node.path("customerId").asText("");
        long amount = node.path("amountCents").asLong(-1);
        if (orderId.isBlank() || customerId.isBlank() || amount <= 0) {
            throw new IllegalArgumentException("Not an order: expected orderId, customerId and a positive amountCents in "
                    + body);
        }
        return new Order(orderId, customerId, amount);
    }
}
