package dojo.lambda.env;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to start one execution environment of a function.
 *
 * @param command the process to run inside (the runtime's JVM, or the package's bootstrap)
 * @param environment the process environment, complete (nothing is inherited from the engine)
 */
public record EnvironmentSpec(
        String functionKey,
        Path jdkHome,
        Path codeDir,
        int memoryMb,
        int ephemeralStorageMb,
        List<String> command,
        Map<String, String> environment) {
    public EnvironmentSpec {
        Objects.requireNonNull(functionKey, "functionKey");
        Objects.requireNonNull(jdkHome, "jdkHome");
        Objects.requireNonNull(codeDir, "codeDir");
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
