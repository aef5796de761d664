package dojo.lambda.function;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A function's validated, defaulted settings: what CreateFunction and UpdateFunctionConfiguration set. */
record FunctionSettings(
        String runtime,
        String handler,
        int memoryMb,
        int timeoutSeconds,
        int ephemeralStorageMb,
        Map<String, String> environment,
        String description,
        String architecture,
        String role) {

    static final int DEFAULT_MEMORY_MB = 128;
    static final int DEFAULT_TIMEOUT_SECONDS = 3;
    static final int DEFAULT_EPHEMERAL_STORAGE_MB = 512;
    static final String DEFAULT_ARCHITECTURE = "x86_64";

    FunctionSettings {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(handler, "handler");
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment == null ? Map.of() : environment));
        description = description == null ? "" : description;
        architecture = architecture == null ? DEFAULT_ARCHITECTURE : architecture;
        role = role == null ? "" : role;
    }

    static FunctionSettings of(FunctionConfig config) {
        return new FunctionSettings(config.runtime(), config.handler(), config.memoryMb(), config.timeoutSeconds(),
                config.ephemeralStorageMb(), config.environment(), config.description(), config.architecture(),
                config.role());
    }

    /** These settings with the patch's given fields applied; the patch must be validated already. */
    FunctionSettings with(ConfigurationPatch patch) {
        return new FunctionSettings(
                patch.runtime() != null ? patch.runtime() : runtime,
                patch.handler() != null ? patch.handler() : handler,
                patch.memorySize() != null ? patch.memorySize() : memoryMb,
                patch.timeout() != null ? patch.timeout() : timeoutSeconds,
                patch.ephemeralStorageSize() != null ? patch.ephemeralStorageSize() : ephemeralStorageMb,
                patch.environment() != null ? patch.environment() : environment,
                patch.description() != null ? patch.description() : description,
                architecture,
                patch.role() != null ? patch.role() : role);
    }
}
