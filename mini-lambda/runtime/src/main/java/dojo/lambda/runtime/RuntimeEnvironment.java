package dojo.lambda.runtime;

import java.util.Map;
import java.util.Objects;

/** The environment variables the engine gives the runtime, read once at start. */
record RuntimeEnvironment(
        String handler,
        String runtimeApiHost,
        int runtimeApiPort,
        String taskRoot,
        String functionName,
        String functionVersion,
        int memoryMb,
        String logGroupName,
        String logStreamName) {
    RuntimeEnvironment {
        Objects.requireNonNull(runtimeApiHost, "runtimeApiHost");
        Objects.requireNonNull(taskRoot, "taskRoot");
    }

    static RuntimeEnvironment from(Map<String, String> env) {
        String api = env.get("AWS_LAMBDA_RUNTIME_API");
        int colon = api == null ? -1 : api.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("Expected AWS_LAMBDA_RUNTIME_API as host:port (for example 127.0.0.1:9001), found "
                    + api + ". The engine must set it when it starts the runtime.");
        }
        return new RuntimeEnvironment(
                env.getOrDefault("_HANDLER", ""),
                api.substring(0, colon),
                number("AWS_LAMBDA_RUNTIME_API port", api.substring(colon + 1), -1),
                env.getOrDefault("LAMBDA_TASK_ROOT", System.getProperty("user.dir")),
                env.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", ""),
                env.getOrDefault("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
                number("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), 128),
                env.getOrDefault("AWS_LAMBDA_LOG_GROUP_NAME", ""),
                env.getOrDefault("AWS_LAMBDA_LOG_STREAM_NAME", ""));
    }

    private static int number(String name, String value, int fallback) {
        if (value == null && fallback >= 0) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Expected " + name + " to be a whole number, found " + value + '.', e);
        }
    }
}
