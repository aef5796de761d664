package dojo.course.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A lab's front matter: what the learner reads and how mini-lambda runs the handler. */
public record LabMeta(String title, String summary, String handler, String runtime, int memoryMb, int timeoutSeconds) {
    public LabMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        if (handler == null || !handler.matches("[A-Za-z_$][\\w$.]*(::[A-Za-z_$][\\w$]*)?")) {
            throw new IllegalArgumentException("Expected handler like 'greeter.Greeter::handleRequest', found " + handler);
        }
        if (memoryMb < 128 || memoryMb > 10240) {
            throw new IllegalArgumentException("Expected memory between 128 and 10240 MB, found " + memoryMb);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 900) {
            throw new IllegalArgumentException("Expected timeout between 1 and 900 seconds, found " + timeoutSeconds);
        }
    }

    static LabMeta from(JsonNode yaml, String file) {
        if (!yaml.isObject()) {
            throw new IllegalArgumentException(file + ": expected front matter as a YAML map, found " + yaml.getNodeType());
        }
        return new LabMeta(text(yaml, "title", file), text(yaml, "summary", file), text(yaml, "handler", file),
                yaml.path("runtime").asText("java17"), yaml.path("memory").asInt(128), yaml.path("timeout").asInt(3));
    }

    private static String text(JsonNode yaml, String key, String file) {
        JsonNode value = yaml.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(file + ": expected '" + key + "' as a non-empty string, found "
                    + (value == null ? "nothing" : value.toString()));
        }
        return value.asText().strip();
    }
}
