package dojo.grader.lab;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed reads of a lab's front matter fields, each naming the README and the key on failure. */
final class LabFields {
    private final Path file;
    private final Map<String, Object> fields;
    private final Set<String> read = new HashSet<>();

    LabFields(Path file, Map<String, Object> fields) {
        this.file = file;
        this.fields = fields;
    }

    String string(String key) {
        Object value = take(key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw problem(key, "a non-empty text", value);
        }
        return s.strip();
    }

    int integer(String key, int min, int max) {
        Object value = take(key);
        if (!(value instanceof Integer i) || i < min || i > max) {
            throw problem(key, "a whole number from " + min + " to " + max, value);
        }
        return i;
    }

    int optionalInteger(String key, int min, int max, int fallback) {
        return fields.containsKey(key) ? integer(key, min, max) : fallback;
    }

    List<String> strings(String key) {
        if (!fields.containsKey(key)) {
            return List.of();
        }
        Object value = take(key);
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw problem(key, "a list of names, like [dynamodb, sqs]", value);
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** An ISO date (midnight UTC) or instant, or null when absent. */
    Instant instant(String key) {
        if (!fields.containsKey(key)) {
            return null;
        }
        Object value = take(key);
        String text = String.valueOf(value);
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(key, "a date like 2026-03-01 or an instant like 2026-03-01T17:00:00Z", value);
        }
    }

    void requireNoOthers() {
        Set<String> unknown = new HashSet<>(fields.keySet());
        unknown.removeAll(read);
        if (!unknown.isEmpty()) {
            throw new LabFormatException(file, "unknown front matter keys " + new java.util.TreeSet<>(unknown) + "; the keys "
                    + "are title, summary, lesson, handler, runtime, memory, timeout, libraries, due, time-limit");
        }
    }

    private Object take(String key) {
        read.add(key);
        Object value = fields.get(key);
        if (value == null) {
            throw new LabFormatException(file, "front matter key '" + key + "' is missing; add it");
        }
        return value;
    }

    private LabFormatException problem(String key, String expected, Object found) {
        return new LabFormatException(file, "front matter key '" + key + "' should be " + expected + ", found '" + found + "'");
    }
}
