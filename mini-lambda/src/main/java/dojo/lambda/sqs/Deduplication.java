package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A FIFO queue's deduplication window: a message whose deduplication id (in the queue, or in its
 * message group when DeduplicationScope is messageGroup) was seen in the last five minutes is
 * accepted but not enqueued again; the sender gets the first message's id. Guarded by the queue's lock.
 */
final class Deduplication {
    static final long WINDOW_MILLIS = 5 * 60 * 1000;

    record Entry(String messageId, String sequenceNumber, long at) {}

    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    Entry find(String key, long now) {
        expire(now);
        return entries.get(key);
    }

    void remember(String key, Entry entry) {
        entries.put(key, entry);
    }

    void clear() {
        entries.clear();
    }

    /** The journal lines that keep the live window across a compaction. */
    List<ObjectNode> journalLines(long now) {
        expire(now);
        List<ObjectNode> out = new ArrayList<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            ObjectNode n = JournalCodec.JSON.createObjectNode().put("op", "x").put("key", e.getKey())
                    .put("id", e.getValue().messageId()).put("at", e.getValue().at());
            out.add(e.getValue().sequenceNumber() == null ? n : n.put("seq", e.getValue().sequenceNumber()));
        }
        return out;
    }

    private void expire(long now) {
        // entries are in the order they were added, so the oldest are first
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext();) {
            if (it.next().at() + WINDOW_MILLIS > now) {
                return;
            }
            it.remove();
        }
    }
}
