package dojo.lambda.function;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * @param role the execution role's ARN as given; kept and returned, not enforced ("" when none)
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
        String revisionId,
        String role) {

    public static final String DEFAULT_REGION = "us-east-1";

    /** AWS's wire format of LastModified, for example {@code 2024-05-01T12:30:45.123+0000}. */
    public static final DateTimeFormatter LAST_MODIFIED_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

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
        role = role == null ? "" : role;
    }

    /** The configuration without a role, as before Role was kept. */
    public FunctionConfig(
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
        this(accountId, name, runtime, handler, memoryMb, timeoutSeconds, ephemeralStorageMb, environment,
                description, architecture, codeSha256, codeSize, lastModified, revisionId, "");
    }

    /** LastModified as AWS writes it on the wire. */
    public String lastModifiedText() {
        return LAST_MODIFIED_FORMAT.format(lastModified);
    }

    public String arn() {
        return "arn:aws:lambda:" + DEFAULT_REGION + ":" + accountId + ":function:" + name;
    }

    public String logGroup() {
        return "/aws/lambda/" + name;
    }
}
