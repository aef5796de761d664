package dojo.lambda.sqs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A FIFO queue's order: messages in send order within their message group; a group is blocked
 * while any of its messages is in flight, so a group's messages are processed one batch at a
 * time and in order. Receives fill from the first open group, then the next ones.
 */
final class FifoBacklog implements Backlog {
    private final Map<String, ArrayDeque<StoredMessage>> groups = new LinkedHashMap<>();

    @Override
    public void add(StoredMessage m, long now) {
        groups.computeIfAbsent(m.content.groupId(), g -> new ArrayDeque<>()).add(m);
    }

    @Override
    public void changed(StoredMessage m, long now) {
        m.stamp++;
    }

    @Override
    public void remove(StoredMessage m) {
        ArrayDeque<StoredMessage> group = groups.get(m.content.groupId());
        if (group != null && group.remove(m) && group.isEmpty()) {
            groups.remove(m.content.groupId());
        }
    }

    @Override
    public List<StoredMessage> receivable(int max, long now) {
        List<StoredMessage> out = new ArrayList<>();
        for (ArrayDeque<StoredMessage> group : groups.values()) {
            if (out.size() >= max) {
                break;
            }
            if (blocked(group, now)) {
                continue;
            }
            for (StoredMessage m : group) {
                if (out.size() >= max || m.visibleAt > now) {
                    break;
                }
                out.add(m);
            }
        }
        return out;
    }

    /** Delivered messages are a prefix of their group: any of them still in flight blocks it. */
    private static boolean blocked(ArrayDeque<StoredMessage> group, long now) {
        for (StoredMessage m : group) {
            if (m.receiveCount == 0) {
                return false;
            }
            if (m.visibleAt > now) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long nextChange(long now) {
        long next = Long.MAX_VALUE;
        for (ArrayDeque<StoredMessage> group : groups.values()) {
            for (StoredMessage m : group) {
                if (m.visibleAt > now) {
                    next = Math.min(next, m.visibleAt);
                }
                if (m.receiveCount == 0) {
                    break;
                }
            }
        }
        return next;
    }

    @Override
    public void clear() {
        groups.clear();
    }
}
