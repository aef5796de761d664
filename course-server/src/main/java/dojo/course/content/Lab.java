package dojo.course.content;

import java.util.Map;
import java.util.Objects;

/**
 * A lab as the browser needs it (labs/README.md): front matter, the instructions rendered as HTML,
 * the starter sources by path under {@code starter/} (e.g. {@code greeter/Greeter.java}) and the
 * sample events by file name, both in name order.
 */
public record Lab(String id, LabMeta meta, String instructionsHtml, Map<String, String> starter, Map<String, String> events,
        String hintsMarkdown) {
    public Lab {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(instructionsHtml, "instructionsHtml");
        if (starter.isEmpty()) {
            throw new IllegalArgumentException("Expected at least one .java file under labs/" + id + "/starter, found none");
        }
        starter = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(starter));
        events = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(events));
        hintsMarkdown = hintsMarkdown == null ? "" : hintsMarkdown;
    }
}
