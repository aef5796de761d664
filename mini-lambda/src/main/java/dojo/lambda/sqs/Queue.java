package dojo.lambda.sqs;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One queue: SQS's operations on its messages, with deduplication, dead-lettering and waiting
 * receivers. Thread-safe: each operation runs under the queue's lock and is journaled before the
 * lock is released; dead-lettered messages move to their target queue after it is released.
 */
final class Queue {
    final QueueAddress address;
    private final InstantSource clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final MessageStore store;
    private final LongPolls polls;
    private final Function<QueueAddress, Queue> queues;
    private final List<StoredMessage> deadLetters = new ArrayList<>();
    private volatile QueueMeta meta;
    private long lastPurge = Long.MIN_VALUE / 2;

    Queue(QueueMeta meta, Path journalFile, InstantSource clock, LongPolls.Timer timer, Function<QueueAddress, Queue> queues) {
        this.address = meta.address();
        this.meta = meta;
        this.clock = clock;
        this.queues = queues;
        this.store = new MessageStore(address.fifo(), journalFile, clock.millis());
        this.polls = new LongPolls(timer, clock, this::take, () -> store.nextChange(clock.millis()), this::release,
                this::wake);
    }

    /** The timer found messages that may have become visible: serve the waiting receivers. */
    private void wake() {
        locked(() -> {
            polls.woken();
            polls.serve();
            return null;
        });
    }

    QueueMeta meta() {
        return meta;
    }

    void meta(QueueMeta changed) {
        meta = changed;
    }

    QueueAttributes attributes() {
        return meta.attributes();
    }

    SendResult send(Outgoing o) {
        QueueAttributes a = attributes();
        SendRules.check(o, a);
        return locked(() -> {
            SendResult sent = store.send(o, a, clock.millis());
            polls.serve();
            return sent;
        });
    }

    /** Takes a dead-lettered message from its source queue; it keeps its id, timestamps and receive count. */
    void acceptDeadLetter(StoredMessage from, String sourceArn) {
        locked(() -> {
            long now = clock.millis();
            StoredMessage m = new StoredMessage(from.content.deadLettered(sourceArn), now);
            m.receiveCount = from.receiveCount;
            m.firstReceiveAt = from.firstReceiveAt;
            store.add(m, now);
            polls.serve();
            return null;
        });
    }

    /**
     * ReceiveMessage: up to {@code max} messages now or, when there are none, the first to arrive
     * within {@code waitMillis}. Nothing blocks: the future completes on another thread.
     *
     * @param visibilitySeconds null for the queue's VisibilityTimeout when the messages are handed out
     */
    CompletableFuture<List<Delivery>> receive(int max, Integer visibilitySeconds, long waitMillis) {
        return locked(() -> {
            List<Delivery> now = take(max, visibilitySeconds);
            if (!now.isEmpty() || waitMillis <= 0) {
                return CompletableFuture.completedFuture(now);
            }
            return polls.add(max, visibilitySeconds, waitMillis);
        });
    }

    private List<Delivery> take(int max, Integer visibility) {
        long now = clock.millis();
        int visibilitySeconds = visibility != null ? visibility : attributes().visibilityTimeout();
        long retention = attributes().retentionMillis();
        RedrivePolicy redrive = attributes().redrivePolicy();
        Queue target = redrive == null ? null : queues.apply(redrive.deadLetterTarget());
        return store.receive(max, visibilitySeconds, now, m -> {
            if (m.content.sentTimestamp() + retention <= now) {
                return true;
            }
            if (target != null && target != this && m.receiveCount >= redrive.maxReceiveCount()) {
                deadLetters.add(m);
                return true;
            }
            return false;
        });
    }

    private void release(List<Delivery> deliveries) {
        locked(() -> {
            deliveries.forEach(d -> store.unreceive(d, clock.millis()));
            polls.serve();
            return null;
        });
    }

    void delete(String receiptHandle) {
        ReceiptHandle h = ReceiptHandle.parse(receiptHandle);
        locked(() -> {
            long now = clock.millis();
            StoredMessage m = store.get(h.messageId());
            if (m != null) {
                if (address.fifo() && (h.receiveCount() != m.receiveCount || !m.inFlight(now))) {
                    throw new SqsException(SqsError.ReceiptHandleIsInvalid, "The receipt handle has expired. On a FIFO queue, "
                            + "delete a message with the handle of its latest receive, before its visibility timeout ends.");
                }
                store.remove(m, now);
            }
            return null;
        });
    }

    void changeVisibility(String receiptHandle, int seconds) {
        if (seconds < 0 || seconds > 43_200) {
            throw SqsException.invalidParameter("Value " + seconds + " for parameter VisibilityTimeout is invalid. "
                    + "Reason: Must be between 0 and 43200, if provided.");
        }
        ReceiptHandle h = ReceiptHandle.parse(receiptHandle);
        locked(() -> {
            long now = clock.millis();
            StoredMessage m = store.get(h.messageId());
            if (m == null || !m.inFlight(now) || h.receiveCount() != m.receiveCount) {
                throw new SqsException(SqsError.MessageNotInflight, "Message does not exist or is not available for "
                        + "visibility timeout change. Only a received message can be changed, until its visibility timeout ends.");
            }
            store.setVisibleAt(m, now + seconds * 1000L, now);
            polls.serve();
            return null;
        });
    }

    void purge() {
        locked(() -> {
            long now = clock.millis();
            if (now - lastPurge < 60_000) {
                throw new SqsException(SqsError.PurgeQueueInProgress, "Only one PurgeQueue operation on " + address.name()
                        + " is allowed every 60 seconds. Try again in " + (60 - (now - lastPurge) / 1000) + " seconds.");
            }
            lastPurge = now;
            store.purge();
            return null;
        });
    }

    QueueCounts counts() {
        return locked(() -> store.counts(clock.millis()));
    }

    void close() {
        locked(() -> {
            polls.close();
            store.close();
            return null;
        });
    }

    private <T> T locked(Supplier<T> action) {
        List<StoredMessage> moving;
        lock.lock();
        try {
            return action.get();
        } finally {
            moving = deadLetters.isEmpty() ? List.of() : new ArrayList<>(deadLetters);
            deadLetters.clear();
            lock.unlock();
            moveToDeadLetterQueue(moving);
        }
    }

    private void moveToDeadLetterQueue(List<StoredMessage> moving) {
        RedrivePolicy redrive = moving.isEmpty() ? null : attributes().redrivePolicy();
        Queue target = redrive == null ? null : queues.apply(redrive.deadLetterTarget());
        if (target != null) {
            moving.forEach(m -> target.acceptDeadLetter(m, address.arn()));
        }
    }
}
