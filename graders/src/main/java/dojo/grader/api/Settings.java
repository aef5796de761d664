package dojo.grader.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The function settings a submission is deployed with: the lab's by default
 * ({@link Submission#settings()}), changed with the {@code with} methods.
 */
public record Settings(int memoryMb, int timeoutSeconds, Map<String, String> environment) {
    public Settings {
        Objects.requireNonNull(environment, "environment");
        environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    public Settings withMemory(int mb) {
        return new Settings(mb, timeoutSeconds, environment);
    }

    public Settings withTimeout(int seconds) {
        return new Settings(memoryMb, seconds, environment);
    }

    /** These settings plus one environment variable. */
    public Settings withVariable(String name, String value) {
        Map<String, String> variables = new LinkedHashMap<>(environment);
        variables.put(name, value);
        return new Settings(memoryMb, timeoutSeconds, variables);
    }
}
