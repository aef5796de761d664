package dojo.lambda.sqs;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a sender put on a queue, never changed afterwards: the body, its attributes, the system
 * values SQS stamps on it and its checksums.
 *
 * @param traceHeader the {@code AWSTraceHeader} system attribute, or null
 * @param groupId the MessageGroupId (FIFO queues, or a fair standard queue), or null
 * @param dedupId the MessageDeduplicationId used (given, or the body's SHA-256), FIFO only
 * @param sequenceNumber FIFO's 20-digit sequence number, or null
 * @param deadLetterSourceArn the queue a dead-lettered message came from, or null
 */
record SentMessage(String messageId, String body, Map<String, MessageAttribute> attributes, String traceHeader,
        long sentTimestamp, String senderId, String groupId, String dedupId, String sequenceNumber,
        String deadLetterSourceArn, String md5OfBody, String md5OfAttributes) {
    SentMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(body, "body");
        attributes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes == null ? Map.of() : attributes));
        Objects.requireNonNull(senderId, "senderId");
    }

    static SentMessage of(String messageId, String body, Map<String, MessageAttribute> attributes, String traceHeader,
            long sentTimestamp, String senderId, String groupId, String dedupId, String sequenceNumber, String deadLetterSourceArn) {
        return new SentMessage(messageId, body, attributes, traceHeader, sentTimestamp, senderId, groupId, dedupId,
                sequenceNumber, deadLetterSourceArn, Md5.ofBody(body), Md5.ofAttributes(attributes));
    }

    SentMessage deadLettered(String sourceArn) {
        return of(messageId, body, attributes, traceHeader, sentTimestamp, senderId, groupId, dedupId, sequenceNumber, sourceArn);
    }

    /** The size SQS checks against MaximumMessageSize: body plus attribute names, types and values. */
    long size() {
        long n = Md5.utf8(body).length;
        for (Map.Entry<String, MessageAttribute> a : attributes.entrySet()) {
            n += a.getValue().size(a.getKey());
        }
        return n;
    }
}
