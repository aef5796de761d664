package dojo.lambda.sqs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A queue's messages and their journal: every state change goes through here and is written
 * before it returns. Not thread-safe; {@link Queue} calls it under its lock.
 */
final class MessageStore implements AutoCloseable {
    private final Map<String, StoredMessage> byId = new LinkedHashMap<>();
    private final Backlog backlog;
    private final Journal journal;
    private final Deduplication dedup;
    private String lastSequence;

    MessageStore(boolean fifo, Path journalFile, long now) {
        this.backlog = fifo ? new FifoBacklog() : new StandardBacklog();
        JournalReplay replay = new JournalReplay();
        this.journal = Journal.open(journalFile, replay);
        this.dedup = replay.dedup;
        this.lastSequence = replay.lastSequence;
        byId.putAll(replay.messages);
        byId.values().forEach(m -> backlog.add(m, now));
        compactIfWorthIt(now);
    }

    StoredMessage get(String messageId) {
        return byId.get(messageId);
    }

    void add(StoredMessage m, long now) {
        byId.put(m.id(), m);
        backlog.add(m, now);
        journal.sent(m);
    }

    /** Enqueues a checked message, or on a FIFO queue answers for its duplicate within the deduplication window. */
    SendResult send(Outgoing o, QueueAttributes a, long now) {
        String traceMd5 = o.traceHeader() == null ? null
                : Md5.ofAttributes(Map.of("AWSTraceHeader", new MessageAttribute("String", o.traceHeader(), null, null, null)));
        String md5Body = Md5.ofBody(o.body());
        String md5Attrs = Md5.ofAttributes(o.attributes());
        String dedupId = a.fifo() ? SendRules.dedupId(o, a) : null;
        String key = a.fifo() ? (a.dedupPerGroup() ? o.groupId() + "/" : "") + dedupId : null;
        Deduplication.Entry seen = key == null ? null : dedup.find(key, now);
        if (seen != null) {
            return new SendResult(seen.messageId(), seen.sequenceNumber(), md5Body, md5Attrs, traceMd5);
        }
        String sequence = a.fifo() ? nextSequence(now) : null;
        SentMessage c = SentMessage.of(Ids.uuid(), o.body(), o.attributes(), o.traceHeader(), now, o.senderId(), o.groupId(),
                dedupId, sequence, null);
        int delay = o.delaySeconds() != null ? o.delaySeconds() : a.delaySeconds();
        add(new StoredMessage(c, now + delay * 1000L), now);
        if (key != null) {
            dedup.remember(key, new Deduplication.Entry(c.messageId(), sequence, now));
            journal.dedup(key, c.messageId(), sequence, now);
        }
        return new SendResult(c.messageId(), sequence, md5Body, md5Attrs, traceMd5);
    }

    /**
     * Receives up to {@code max} messages; those {@code leaving} accepts (expired, or due for the
     * dead-letter queue) are removed instead and handed to it.
     */
    List<Delivery> receive(int max, int visibilitySeconds, long now, Predicate<StoredMessage> leaving) {
        List<Delivery> out = new ArrayList<>();
        boolean removed = true;
        while (removed && out.size() < max) {
            removed = false;
            for (StoredMessage m : backlog.receivable(max - out.size(), now)) {
                if (leaving.test(m)) {
                    remove(m, now);
                    removed = true;
                } else {
                    m.receiveCount++;
                    m.firstReceiveAt = m.firstReceiveAt == 0 ? now : m.firstReceiveAt;
                    m.receiptHandle = ReceiptHandle.issue(m.id(), m.receiveCount);
                    setVisibleAt(m, now + visibilitySeconds * 1000L, now);
                    out.add(m.delivery());
                }
            }
        }
        return out;
    }

    /** Undoes a receive whose receiver was gone: the message is visible again, its count as before. */
    void unreceive(Delivery d, long now) {
        StoredMessage m = byId.get(d.content().messageId());
        if (m != null && d.receiptHandle().equals(m.receiptHandle)) {
            m.receiveCount--;
            m.firstReceiveAt = m.receiveCount == 0 ? 0 : m.firstReceiveAt;
            setVisibleAt(m, now, now);
        }
    }

    void setVisibleAt(StoredMessage m, long visibleAt, long now) {
        m.visibleAt = visibleAt;
        backlog.changed(m, now);
        journal.state(m);
    }

    void remove(StoredMessage m, long now) {
        m.gone = true;
        byId.remove(m.id());
        backlog.remove(m);
        journal.deleted(m.id());
        compactIfWorthIt(now);
    }

    void purge() {
        byId.values().forEach(m -> m.gone = true);
        byId.clear();
        backlog.clear();
        journal.purged();
    }

    long nextChange(long now) {
        return backlog.nextChange(now);
    }

    QueueCounts counts(long now) {
        int visible = 0;
        int inFlight = 0;
        int delayed = 0;
        for (StoredMessage m : byId.values()) {
            if (m.inFlight(now)) {
                inFlight++;
            } else if (m.delayed(now)) {
                delayed++;
            } else {
                visible++;
            }
        }
        return new QueueCounts(visible, inFlight, delayed);
    }

    /** FIFO's next 20-digit sequence number: increasing, also across restarts. */
    private String nextSequence(long now) {
        long last = lastSequence == null ? 0 : Long.parseLong(lastSequence.substring(1));
        lastSequence = "1" + String.format("%019d", Math.max(last + 1, now * 1_000_000L));
        return lastSequence;
    }

    private void compactIfWorthIt(long now) {
        if (journal.wantsCompaction(byId.size())) {
            journal.compact(byId.values(), dedup.journalLines(now));
        }
    }

    @Override
    public void close() {
        journal.close();
    }
}
