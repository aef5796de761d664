package dojo.lambda.function;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A function as the engine runs it: its configuration, the directory holding its unpacked code
 * (mounted read-only at {@code /var/task} in each environment) and its concurrency settings.
 *
 * @param reservedConcurrency null when none is reserved (AWS's unreserved pool)
 * @param provisionedConcurrency environments kept initialised ahead of calls, 0 for none
 */
public record DeployedFunction(
        FunctionConfig config, Path codeDir, Integer reservedConcurrency, int provisionedConcurrency) {
    public DeployedFunction {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(codeDir, "codeDir");
    }
}
