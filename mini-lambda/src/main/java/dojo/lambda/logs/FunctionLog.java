package dojo.lambda.logs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The log of one function of one account: its newest events in memory, all of them appended to
 * its file, and its live subscribers. Thread-safe: every method holds this object's lock, which
 * is held only for memory work and buffered writes. Loaded from disk on first use.
 */
final class FunctionLog {
    private final String name;
    private final LogFile file;
    private final EventRing events;
    private final LogLimits limits;
    private final List<LogSubscription> subscribers = new ArrayList<>();
    private long lastSequence;
    private long compactedBytes;
    private boolean loaded;
    private boolean deleted;

    FunctionLog(String name, LogFile file, LogLimits limits) {
        this.name = name;
        this.file = file;
        this.limits = limits;
        this.events = new EventRing(limits.maxEventsPerFunction());
    }

    /** The new event, or null if the function's log was deleted meanwhile (the caller retries). */
    synchronized LogEvent append(Instant timestamp, String streamName, String requestId, String message) {
        if (deleted) {
            return null;
        }
        load();
        LogEvent event = new LogEvent(lastSequence + 1, timestamp, streamName, requestId, message);
        file.append(event);
        lastSequence = event.sequence();
        events.add(event);
        for (LogSubscription subscriber : subscribers) {
            subscriber.offer(event);
        }
        return event;
    }

    synchronized LogPage read(long cursor, int limit) {
        load();
        List<LogEvent> page = events.after(cursor, limit);
        long firstReturned = page.isEmpty() ? lastSequence + 1 : page.get(0).sequence();
        long evicted = Math.max(0, firstReturned - Math.max(cursor, 0) - 1);
        long next = page.isEmpty() ? Math.max(cursor, lastSequence) : page.get(page.size() - 1).sequence();
        return new LogPage(page, next, evicted);
    }

    /**
     * The last {@code maxBytes} of the invocation's log text (each event's message and a line
     * break), cut at a character boundary, so a multi-byte character is never split.
     */
    synchronized String tail(String requestId, int maxBytes) {
        load();
        String start = LogFormat.start(requestId);
        Deque<String> lines = new ArrayDeque<>();
        long chars = 0;
        boolean sawStart = false;
        for (int i = events.size() - 1; i >= 0 && chars < maxBytes; i--) {
            LogEvent event = events.get(i);
            if (requestId.equals(event.requestId())) {
                lines.addFirst(event.message());
                chars += event.message().length() + 1;
                sawStart |= event.message().equals(start);
            } else if (sawStart) {
                break; // INIT output of a cold start sits right before START with the same id
            }
        }
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        int from = Math.max(0, utf8.length - maxBytes);
        while (from < utf8.length && (utf8[from] & 0xC0) == 0x80) {
            from++; // a continuation byte: the character started before the cut
        }
        return new String(utf8, from, utf8.length - from, StandardCharsets.UTF_8);
    }

    /**
     * Replays the kept events after {@code cursor} (none if null: live only), then follows new
     * ones. Events after the cursor that are no longer kept reach the listener as a gap. Null if
     * the function's log was deleted meanwhile (the caller retries).
     */
    synchronized LogSubscription subscribe(Long cursor, LogListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (deleted) {
            return null;
        }
        load();
        LogSubscription subscription =
                new LogSubscription("logs " + name, limits.subscriberQueue(), listener, this::unsubscribe);
        if (cursor != null) {
            LogPage backlog = read(cursor, events.size());
            subscription.gap(backlog.evicted());
            backlog.events().forEach(subscription::offer);
        }
        subscribers.add(subscription);
        subscription.start();
        return subscription;
    }

    synchronized void unsubscribe(LogSubscription subscription) {
        subscribers.remove(subscription);
    }

    /** Writes buffered events; compacts the file when it has grown past its limit. */
    synchronized void flush() {
        file.flush();
        // also wait for the file to double since the last compaction, in case the kept events
        // alone exceed the limit: otherwise every flush would rewrite the file
        if (!deleted && file.bytes() > Math.max(limits.maxFileBytes(), 2 * compactedBytes)) {
            file.rewrite(events.all());
            compactedBytes = file.bytes();
        }
    }

    synchronized void delete() {
        deleted = true;
        subscribers.forEach(LogSubscription::stop);
        subscribers.clear();
        events.clear();
        file.delete();
    }

    synchronized void close() {
        subscribers.forEach(LogSubscription::stop);
        subscribers.clear();
        file.close();
    }

    private void load() {
        if (!loaded) {
            for (LogEvent event : file.loadTail(limits.maxEventsPerFunction())) {
                if (event.sequence() > lastSequence) { // out-of-order lines can only come from a damaged file
                    events.add(event);
                    lastSequence = event.sequence();
                }
            }
            loaded = true;
        }
    }
}
