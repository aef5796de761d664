package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The event Lambda's SQS poller sends a function: AWS's {@code {"Records":[...]}} with its field names and order. */
final class SqsEventJson {
    private SqsEventJson() {}

    static byte[] event(List<Delivery> batch, String queueArn) {
        ObjectNode root = JournalCodec.JSON.createObjectNode();
        ArrayNode records = root.putArray("Records");
        for (Delivery d : batch) {
            SentMessage c = d.content();
            ObjectNode r = records.addObject();
            r.put("messageId", c.messageId()).put("receiptHandle", d.receiptHandle()).put("body", c.body());
            ObjectNode a = r.putObject("attributes");
            a.put("ApproximateReceiveCount", Integer.toString(d.receiveCount()));
            if (c.traceHeader() != null) {
                a.put("AWSTraceHeader", c.traceHeader());
            }
            a.put("SentTimestamp", Long.toString(c.sentTimestamp())).put("SenderId", c.senderId())
                    .put("ApproximateFirstReceiveTimestamp", Long.toString(d.firstReceiveTimestamp()));
            if (c.sequenceNumber() != null) {
                a.put("SequenceNumber", c.sequenceNumber());
            }
            if (c.groupId() != null) {
                a.put("MessageGroupId", c.groupId());
            }
            if (c.dedupId() != null) {
                a.put("MessageDeduplicationId", c.dedupId());
            }
            if (c.deadLetterSourceArn() != null) {
                a.put("DeadLetterQueueSourceArn", c.deadLetterSourceArn());
            }
            ObjectNode attrs = r.putObject("messageAttributes");
            c.attributes().forEach((name, v) -> attrs.set(name, MessageJson.attribute(v, true)));
            if (c.md5OfAttributes() != null) {
                r.put("md5OfMessageAttributes", c.md5OfAttributes());
            }
            r.put("md5OfBody", c.md5OfBody()).put("eventSource", "aws:sqs").put("eventSourceARN", queueArn)
                    .put("awsRegion", QueueAddress.REGION);
        }
        try {
            return JournalCodec.JSON.writeValueAsBytes(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not write an SQS event", e);
        }
    }
}
