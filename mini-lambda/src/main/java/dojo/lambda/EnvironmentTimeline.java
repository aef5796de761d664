package dojo.lambda;

import dojo.lambda.env.EnvironmentEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The last events of each function's environments, for the learner's timeline. Thread-safe. */
final class EnvironmentTimeline {
    private final int perFunction;
    private final Map<String, Deque<EnvironmentEvent>> byFunction = new ConcurrentHashMap<>();

    EnvironmentTimeline(int perFunction) {
        this.perFunction = perFunction;
    }

    void record(EnvironmentEvent e) {
        String key = e.functionKey();
        int at = key.indexOf('@');
        Deque<EnvironmentEvent> q = byFunction.computeIfAbsent(at < 0 ? key : key.substring(0, at + 1), k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(e);
            while (q.size() > perFunction) {
                q.removeFirst();
            }
        }
    }

    List<EnvironmentEvent> of(String functionPrefix) {
        Deque<EnvironmentEvent> q = byFunction.get(functionPrefix);
        if (q == null) {
            return List.of();
        }
        synchronized (q) {
            return List.copyOf(q);
        }
    }
}
