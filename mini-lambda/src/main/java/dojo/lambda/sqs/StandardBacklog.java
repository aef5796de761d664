package dojo.lambda.sqs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A standard queue's order: visible messages in the order they became visible, hidden ones
 * (delayed or in flight) by the time they reappear. Hidden entries are checked against the
 * message's stamp, so a changed or deleted message's old entry is dropped when it comes up.
 */
final class StandardBacklog implements Backlog {
    private record Hidden(long visibleAt, int stamp, StoredMessage message) {}

    private final ArrayDeque<StoredMessage> visible = new ArrayDeque<>();
    private final PriorityQueue<Hidden> hidden = new PriorityQueue<>((a, b) -> Long.compare(a.visibleAt, b.visibleAt));

    @Override
    public void add(StoredMessage m, long now) {
        changed(m, now);
    }

    @Override
    public void changed(StoredMessage m, long now) {
        m.stamp++;
        if (m.visibleAt <= now) {
            visible.add(m);
        } else {
            hidden.add(new Hidden(m.visibleAt, m.stamp, m));
        }
    }

    @Override
    public void remove(StoredMessage m) {
        m.stamp++;
    }

    @Override
    public List<StoredMessage> receivable(int max, long now) {
        promote(now);
        List<StoredMessage> out = new ArrayList<>(Math.min(max, visible.size()));
        for (var it = visible.iterator(); it.hasNext() && out.size() < max;) {
            StoredMessage m = it.next();
            it.remove();
            // a message seen here twice, or changed since it was queued, is stale
            if (!m.gone && m.visibleAt <= now && !out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    @Override
    public long nextChange(long now) {
        promote(now);
        return hidden.isEmpty() ? Long.MAX_VALUE : hidden.peek().visibleAt;
    }

    @Override
    public void clear() {
        visible.clear();
        hidden.clear();
    }

    private void promote(long now) {
        while (!hidden.isEmpty() && hidden.peek().visibleAt <= now) {
            Hidden h = hidden.poll();
            if (h.stamp == h.message.stamp && !h.message.gone) {
                visible.add(h.message);
            }
        }
    }
}
