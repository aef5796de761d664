package dojo.lambda.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AWS's rules for Environment.Variables: keys match {@code [a-zA-Z]([a-zA-Z0-9_])+}, none of the
 * keys the runtime sets itself, and at most 4 KB measured as the JSON-serialized map.
 */
final class EnvironmentRules {
    static final String KEY_PATTERN = "[a-zA-Z]([a-zA-Z0-9_])+";
    static final int MAX_BYTES = 4096;

    /** The keys AWS reserves (Lambda developer guide, "Defined runtime environment variables"). */
    static final Set<String> RESERVED = Set.of(
            "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
            "AWS_LAMBDA_MAX_CONCURRENCY", "AWS_LAMBDA_METADATA_API", "AWS_LAMBDA_METADATA_TOKEN");

    private static final ObjectMapper JSON = new ObjectMapper();

    private EnvironmentRules() {}

    /** Adds AWS's model violation for badly formed keys (AWS never echoes environment values). */
    static void checkKeys(Map<String, String> variables, Violations violations) {
        if (variables == null) {
            return;
        }
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            if (variable.getKey() == null || !variable.getKey().matches(KEY_PATTERN)) {
                violations.addHidden("environment.variables",
                        "Map keys must satisfy constraint: [Member must satisfy regular expression pattern: " + KEY_PATTERN + "]");
                return;
            }
            if (variable.getValue() == null) {
                violations.addHidden("environment.variables", "Map value must satisfy constraint: [Member must not be null]");
                return;
            }
        }
    }

    /** Refuses reserved keys and a set past 4 KB, with AWS's InvalidParameterValueException messages. */
    static void checkContent(Map<String, String> variables) {
        if (variables == null || variables.isEmpty()) {
            return;
        }
        List<String> reserved = variables.keySet().stream().filter(RESERVED::contains).toList();
        if (!reserved.isEmpty()) {
            throw new ApiException(ErrorType.InvalidParameterValueException, "Lambda was unable to configure your"
                    + " environment variables because the environment variables you have provided contains reserved"
                    + " keys that are currently not supported for modification. Reserved keys used in this request: "
                    + String.join(", ", reserved));
        }
        String measured = serialized(variables);
        if (measured.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ApiException(ErrorType.InvalidParameterValueException, "Lambda was unable to configure your"
                    + " environment variables because the environment variables you have provided exceeded the 4KB"
                    + " limit. String measured: " + measured);
        }
    }

    static String serialized(Map<String, String> variables) {
        try {
            return JSON.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always serializes", e);
        }
    }
}
