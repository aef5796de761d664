package dojo.lambda.sqs;

import java.util.Objects;

/** One received message as ReceiveMessage (or the Lambda poller) hands it out. */
record Delivery(SentMessage content, String receiptHandle, int receiveCount, long firstReceiveTimestamp) {
    Delivery {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(receiptHandle, "receiptHandle");
    }
}
