package dojo.lambda.function;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One function's configuration as AWS names it (the engine's GetFunctionConfiguration). Values
 * are already validated; see {@code FunctionValidator}.
 *
 * @param accountId the 12-digit account that owns the function
 * @param runtime {@code java17}, {@code java21}, {@code java25} or {@code provided.al2023}
 * @param handler {@code pkg.Class} or {@code pkg.Class::method}; for {@code provided.al2023} any
 *     string the bootstrap understands
 * @param revisionId changes on every update (AWS's RevisionId)
 */
public record FunctionConfig(
        String accountId,
        String name,
        String runtime,
        String handler,
        int memoryMb,
        int timeoutSeconds,
        int ephemeralStorageMb,
        Map<String, String> environment,
        String description,
        String architecture,
        String codeSha256,
        long codeSize,
        Instant lastModified,
        String revisionId) {

    public static final String DEFAULT_REGION = "us-east-1";

    public FunctionConfig {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(handler, "handler");
        environment = Map.copyOf(environment == null ? Map.of() : environment);
        description = description == null ? "" : description;
        architecture = architecture == null ? "x86_64" : architecture;
        Objects.requireNonNull(codeSha256, "codeSha256");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(revisionId, "revisionId");
    }

    public String arn() {
        return "arn:aws:lambda:" + DEFAULT_REGION + ":" + accountId + ":function:" + name;
    }

    public String logGroup() {
        return "/aws/lambda/" + name;
    }
}
