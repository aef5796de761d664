package dojo.lambda.sqs;

import java.util.List;

/**
 * The order in which a queue hands out its messages: best-effort arrival order for standard
 * queues, strict order per message group for FIFO queues. Called under the queue's lock only.
 */
interface Backlog {
    /** A message joins (sent, restored from disk or dead-lettered here). */
    void add(StoredMessage m, long now);

    /** A message's {@code visibleAt} changed (received, released, visibility changed). */
    void changed(StoredMessage m, long now);

    /** A message left for good (deleted, purged, expired, dead-lettered). */
    void remove(StoredMessage m);

    /**
     * Up to {@code max} messages that may be received now, in order. The caller then passes each
     * of them to {@link #changed} (received) or {@link #remove} (gone).
     */
    List<StoredMessage> receivable(int max, long now);

    /** The earliest future moment a message may become receivable, or Long.MAX_VALUE. */
    long nextChange(long now);

    void clear();
}
