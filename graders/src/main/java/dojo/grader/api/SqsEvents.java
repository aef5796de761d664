package dojo.grader.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * SQS events exactly as Lambda's SQS event source delivers them (the {@code Records} batch a
 * handler typed {@code SQSEvent} receives), so a check can deliver a batch, and deliver it again,
 * without a queue in between.
 */
public final class SqsEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:000000000000:orders";

    private SqsEvents() {}

    /** One message of a batch: its id (what a batch item failure names) and its body. */
    public record Message(String messageId, String body) {
        public Message {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(body, "body");
        }
    }

    /** A batch delivered for the {@code receiveCount}-th time (1 the first time; a redelivery says 2 or more). */
    public static String batch(int receiveCount, List<Message> messages) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message m : messages) {
            ObjectNode r = records.addObject();
            r.put("messageId", m.messageId());
            r.put("receiptHandle", "AQEB" + md5(m.messageId() + "/" + receiveCount));
            r.put("body", m.body());
            ObjectNode attributes = r.putObject("attributes");
            attributes.put("ApproximateReceiveCount", Integer.toString(receiveCount));
            attributes.put("SentTimestamp", "1767225600000");
            attributes.put("SenderId", "AIDAEXAMPLESENDER");
            attributes.put("ApproximateFirstReceiveTimestamp", "1767225600042");
            r.putObject("messageAttributes");
            r.put("md5OfBody", md5(m.body()));
            r.put("eventSource", "aws:sqs");
            r.put("eventSourceARN", QUEUE_ARN);
            r.put("awsRegion", "us-east-1");
        }
        return event.toString();
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has MD5", e);
        }
    }
}
