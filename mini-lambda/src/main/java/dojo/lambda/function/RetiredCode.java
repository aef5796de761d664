package dojo.lambda.function;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Code directories that no function uses any more but that environments may still be running
 * from. They are deleted only after a grace period longer than the longest invocation.
 */
final class RetiredCode {
    record Retired(String accountId, Path dir, Instant since) {}

    private final ConcurrentLinkedQueue<Retired> queue = new ConcurrentLinkedQueue<>();

    void retire(String accountId, Path dir, Instant now) {
        queue.add(new Retired(accountId, dir, now));
    }

    /** Takes out and returns the directories retired at least {@code grace} before {@code now}. */
    List<Retired> due(Instant now, Duration grace) {
        List<Retired> due = new ArrayList<>();
        for (Retired head = queue.peek(); head != null && !head.since().plus(grace).isAfter(now); head = queue.peek()) {
            if (queue.remove(head)) {
                due.add(head);
            }
        }
        return due;
    }
}
