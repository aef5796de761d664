package dojo.lambda.sqs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Receipt handles: opaque to callers, new on every receive. Inside: the message id and the
 * receive count it was issued for, so a handle from an earlier receive is recognised as stale.
 */
record ReceiptHandle(String messageId, int receiveCount) {
    static String issue(String messageId, int receiveCount) {
        String raw = messageId + "#" + receiveCount + "#" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        return "AQEB" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ReceiptHandle parse(String handle) {
        if (handle == null || handle.isEmpty()) {
            throw SqsException.missing("ReceiptHandle");
        }
        try {
            if (!handle.startsWith("AQEB")) {
                throw new IllegalArgumentException("no prefix");
            }
            String raw = new String(Base64.getUrlDecoder().decode(handle.substring(4)), StandardCharsets.UTF_8);
            String[] parts = raw.split("#");
            return new ReceiptHandle(parts[0], Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            throw new SqsException(SqsError.ReceiptHandleIsInvalid, "The input receipt handle \"" + handle
                    + "\" is not a valid receipt handle. Use the ReceiptHandle of a message as ReceiveMessage returned it.");
        }
    }
}
