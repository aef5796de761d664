package dojo.lambda.logs;

import java.util.List;

/**
 * A page of a function's log events after a cursor.
 *
 * @param events oldest first
 * @param nextCursor pass to the next {@link LogStore#read} to continue after this page
 * @param evicted how many events after the requested cursor were no longer kept and so are not
 *     in this page (0 when the page continues seamlessly from the cursor)
 */
public record LogPage(List<LogEvent> events, long nextCursor, long evicted) {
    public LogPage {
        events = List.copyOf(events);
    }
}
