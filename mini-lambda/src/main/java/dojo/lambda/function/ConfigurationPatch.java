package dojo.lambda.function;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The part of AWS's UpdateFunctionConfiguration request the engine supports. A {@code null}
 * field leaves the setting as it is; an empty environment removes every variable, as on AWS.
 * {@link FunctionRegistry#updateConfiguration} validates the fields that are given.
 *
 * @param environment Environment.Variables, replacing the whole set (the caller's order is kept)
 * @param ephemeralStorageSize EphemeralStorage.Size in MB
 */
public record ConfigurationPatch(
        String runtime,
        String handler,
        Integer memorySize,
        Integer timeout,
        Integer ephemeralStorageSize,
        Map<String, String> environment,
        String description,
        String role) {

    public static final ConfigurationPatch NONE = new ConfigurationPatch(null, null, null, null, null, null, null, null);

    public ConfigurationPatch {
        environment = environment == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    public ConfigurationPatch withRuntime(String id) {
        return new ConfigurationPatch(id, handler, memorySize, timeout, ephemeralStorageSize, environment, description, role);
    }

    public ConfigurationPatch withHandler(String name) {
        return new ConfigurationPatch(runtime, name, memorySize, timeout, ephemeralStorageSize, environment, description, role);
    }

    public ConfigurationPatch withMemorySize(Integer mb) {
        return new ConfigurationPatch(runtime, handler, mb, timeout, ephemeralStorageSize, environment, description, role);
    }

    public ConfigurationPatch withTimeout(Integer seconds) {
        return new ConfigurationPatch(runtime, handler, memorySize, seconds, ephemeralStorageSize, environment, description, role);
    }

    public ConfigurationPatch withEphemeralStorageSize(Integer mb) {
        return new ConfigurationPatch(runtime, handler, memorySize, timeout, mb, environment, description, role);
    }

    public ConfigurationPatch withEnvironment(Map<String, String> variables) {
        return new ConfigurationPatch(runtime, handler, memorySize, timeout, ephemeralStorageSize, variables, description, role);
    }

    public ConfigurationPatch withDescription(String text) {
        return new ConfigurationPatch(runtime, handler, memorySize, timeout, ephemeralStorageSize, environment, text, role);
    }

    public ConfigurationPatch withRole(String arn) {
        return new ConfigurationPatch(runtime, handler, memorySize, timeout, ephemeralStorageSize, environment, description, arn);
    }
}
