package dojo.lambda.sqs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The checks a message meets on its queue: size, and the FIFO rules for groups, delays and deduplication. */
final class SendRules {
    private SendRules() {}

    static void check(Outgoing o, QueueAttributes a) {
        if (o.size() > a.maximumMessageSize()) {
            throw SqsException.invalidParameter("One or more parameters are invalid. Reason: Message must be shorter than "
                    + a.maximumMessageSize() + " bytes. This one has " + o.size() + " bytes (body and attributes); "
                    + "store large payloads elsewhere (an object store) and send a reference.");
        }
        if (a.fifo()) {
            if (o.groupId() == null) {
                throw SqsException.missing("MessageGroupId");
            }
            if (o.delaySeconds() != null && o.delaySeconds() != 0) {
                throw SqsException.invalidParameter("Value " + o.delaySeconds() + " for parameter DelaySeconds is invalid. "
                        + "Reason: The request include parameter that is not valid for this queue type. "
                        + "FIFO queues delay messages only through the queue's DelaySeconds attribute.");
            }
            if (o.dedupId() == null && !a.contentBasedDeduplication()) {
                throw SqsException.invalidParameter("The queue should either have ContentBasedDeduplication enabled or "
                        + "MessageDeduplicationId provided explicitly");
            }
        } else if (o.dedupId() != null) {
            throw SqsException.invalidParameter("The request include parameter that is not valid for this queue type. "
                    + "MessageDeduplicationId applies to FIFO queues only.");
        }
    }

    /** The deduplication id of a FIFO message: as given, or the SHA-256 of the body (ContentBasedDeduplication). */
    static String dedupId(Outgoing o, QueueAttributes a) {
        if (o.dedupId() != null) {
            return o.dedupId();
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(o.body().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
