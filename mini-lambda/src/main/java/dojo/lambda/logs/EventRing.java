package dojo.lambda.logs;

import java.util.ArrayList;
import java.util.List;

/** The newest events of one function, oldest first, in a fixed-size circular buffer. Not thread-safe. */
final class EventRing {
    private final LogEvent[] events;
    private int head;
    private int size;

    EventRing(int capacity) {
        events = new LogEvent[capacity];
    }

    /** Adds {@code event}, evicting the oldest when full; sequences must increase. */
    void add(LogEvent event) {
        if (size > 0 && event.sequence() <= get(size - 1).sequence()) {
            throw new IllegalArgumentException("Expected a sequence after " + get(size - 1).sequence()
                    + ", found " + event.sequence());
        }
        if (size < events.length) {
            events[(head + size++) % events.length] = event;
        } else {
            events[head] = event;
            head = (head + 1) % events.length;
        }
    }

    int size() {
        return size;
    }

    /** The {@code i}-th event kept, 0 being the oldest. */
    LogEvent get(int i) {
        return events[(head + i) % events.length];
    }

    /** Index of the first event with a sequence above {@code cursor}, or {@link #size()} if none. */
    int indexAfter(long cursor) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (get(mid).sequence() <= cursor) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Up to {@code limit} events with a sequence above {@code cursor}, oldest first. */
    List<LogEvent> after(long cursor, int limit) {
        int from = indexAfter(cursor);
        int to = (int) Math.min(size, (long) from + limit);
        List<LogEvent> page = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            page.add(get(i));
        }
        return page;
    }

    List<LogEvent> all() {
        return after(Long.MIN_VALUE, size);
    }

    void clear() {
        java.util.Arrays.fill(events, null);
        head = 0;
        size = 0;
    }
}
