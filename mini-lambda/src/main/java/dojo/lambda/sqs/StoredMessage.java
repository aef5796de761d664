package dojo.lambda.sqs;

/**
 * A message on a queue and where it stands: how often it was received, when it is visible again
 * and the receipt handle of its latest receive. Guarded by its queue's lock; {@code stamp}
 * changes whenever {@code visibleAt} does, so stale entries in time-ordered indexes are skipped.
 *
 * <pre>
 *   delayed --(DelaySeconds pass)--> visible --(receive)--> in flight --(delete)--> gone
 *                                       ^                        |
 *                                       +--(visibility timeout)--+  (DLQ after maxReceiveCount)
 * </pre>
 */
final class StoredMessage {
    final SentMessage content;
    int receiveCount;
    long firstReceiveAt;
    long visibleAt;
    String receiptHandle;
    int stamp;
    boolean gone;

    StoredMessage(SentMessage content, long visibleAt) {
        this.content = content;
        this.visibleAt = visibleAt;
    }

    String id() {
        return content.messageId();
    }

    boolean inFlight(long now) {
        return receiveCount > 0 && visibleAt > now;
    }

    boolean delayed(long now) {
        return receiveCount == 0 && visibleAt > now;
    }

    /** What a receiver gets: a snapshot, safe to read outside the queue's lock. */
    Delivery delivery() {
        return new Delivery(content, receiptHandle, receiveCount, firstReceiveAt);
    }
}
