package dojo.lambda.function;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * Checks CreateFunction and UpdateFunctionConfiguration requests the way AWS does, in AWS's
 * order: first the request model (ValidationException naming every violation at once), then the
 * service's own rules (InvalidParameterValueException, first failure wins).
 */
final class FunctionValidator {
    static final int MEMORY_MIN = 128;
    static final int MEMORY_MAX = 10240;
    static final int TIMEOUT_MIN = 1;
    static final int TIMEOUT_MAX = 900;
    static final int EPHEMERAL_MIN = 512;
    static final int EPHEMERAL_MAX = 10240;
    static final String ROLE_PATTERN = "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+";
    static final String HANDLER_PATTERN = "[^\\s]+";
    static final List<String> ARCHITECTURES = List.of("x86_64", "arm64");

    private final RuntimeCatalog runtimes;

    FunctionValidator(RuntimeCatalog runtimes) {
        this.runtimes = Objects.requireNonNull(runtimes, "runtimes");
    }

    /** The request's settings with AWS's defaults filled in; the function name is checked separately. */
    FunctionSettings validateCreate(CreateFunctionRequest request) {
        Violations violations = new Violations();
        List<String> architectures = request.architectures();
        if (architectures != null && architectures.isEmpty()) {
            violations.add(architectures, "architectures", "Member must have length greater than or equal to 1");
        } else if (architectures != null && architectures.size() > 1) {
            violations.add(architectures, "architectures", "Member must have length less than or equal to 1");
        } else if (architectures != null && architectures.size() == 1 && !ARCHITECTURES.contains(architectures.get(0))) {
            violations.add(architectures, "architectures", "Member must satisfy constraint: [Member must satisfy enum"
                    + " value set: [x86_64, arm64], Member must not be null]");
        }
        modelChecks(violations, request.description(), request.environment(), request.ephemeralStorageSize(),
                request.handler(), request.memorySize(), request.role(), request.timeout());
        String packageType = request.packageType();
        if (packageType != null && !packageType.equals("Zip") && !packageType.equals("Image")) {
            violations.add(packageType, "packageType", "Member must satisfy enum value set: [Zip, Image]");
        }
        violations.throwIfAny();
        if ("Image".equals(packageType)) {
            throw invalid("PackageType Image is not supported by this engine: it runs .zip deployment packages only."
                    + " Leave PackageType out (or set it to Zip) and upload the code as Code.ZipFile.");
        }
        if (request.runtime() == null) {
            throw invalid("Runtime is required for .zip deployment packages. Set Runtime to one of the installed"
                    + " runtimes: " + runtimes.installedIds() + ".");
        }
        runtimes.require(request.runtime());
        checkHandler(request.runtime(), request.handler());
        EnvironmentRules.checkContent(request.environment());
        String architecture = architectures == null ? null : architectures.get(0);
        return new FunctionSettings(request.runtime(), request.handler(),
                orDefault(request.memorySize(), FunctionSettings.DEFAULT_MEMORY_MB),
                orDefault(request.timeout(), FunctionSettings.DEFAULT_TIMEOUT_SECONDS),
                orDefault(request.ephemeralStorageSize(), FunctionSettings.DEFAULT_EPHEMERAL_STORAGE_MB),
                request.environment(), request.description(), architecture, request.role());
    }

    /** The current settings with the patch applied, after checking the fields the patch gives. */
    FunctionSettings validatePatch(FunctionSettings current, ConfigurationPatch patch) {
        checkPatchModel(patch);
        if (patch.runtime() != null) {
            runtimes.require(patch.runtime());
        }
        FunctionSettings next = current.with(patch);
        if (patch.runtime() != null || patch.handler() != null) {
            checkHandler(next.runtime(), next.handler());
        }
        EnvironmentRules.checkContent(patch.environment());
        return next;
    }

    /** AWS's request-model checks of a patch alone, which come before looking the function up. */
    void checkPatchModel(ConfigurationPatch patch) {
        Violations violations = new Violations();
        modelChecks(violations, patch.description(), patch.environment(), patch.ephemeralStorageSize(),
                patch.handler(), patch.memorySize(), patch.role(), patch.timeout());
        violations.throwIfAny();
    }

    // AWS lists model violations by member name; the order here follows it.
    private static void modelChecks(Violations violations, String description, Map<String, String> environment,
            Integer ephemeralStorage, String handler, Integer memory, String role, Integer timeout) {
        violations.maxLength(description, "description", 256);
        EnvironmentRules.checkKeys(environment, violations);
        violations.range(ephemeralStorage, "ephemeralStorage.size", EPHEMERAL_MIN, EPHEMERAL_MAX);
        violations.maxLength(handler, "handler", 128);
        violations.pattern(handler, "handler", HANDLER_PATTERN);
        violations.range(memory, "memorySize", MEMORY_MIN, MEMORY_MAX);
        violations.pattern(role, "role", ROLE_PATTERN);
        violations.range(timeout, "timeout", TIMEOUT_MIN, TIMEOUT_MAX);
    }

    private static void checkHandler(String runtime, String handler) {
        if (handler == null) {
            throw invalid("Handler is required for .zip deployment packages. For a Java runtime give the class that"
                    + " handles events as pkg.Class or pkg.Class::method, for example example.Hello::handleRequest.");
        }
        if (runtime.startsWith("java") && !isJavaHandler(handler)) {
            throw invalid("Handler '" + handler + "' is not a valid Java handler for runtime " + runtime + ". Expected"
                    + " pkg.Class or pkg.Class::method, where pkg.Class is the binary name of a class in the deployment"
                    + " package and method is a Java method name, for example example.Hello or"
                    + " example.Hello::handleRequest.");
        }
    }

    static boolean isJavaHandler(String handler) {
        int separator = handler.indexOf("::");
        String className = separator < 0 ? handler : handler.substring(0, separator);
        String method = separator < 0 ? null : handler.substring(separator + 2);
        boolean methodOk = method == null || (SourceVersion.isIdentifier(method) && !SourceVersion.isKeyword(method));
        return SourceVersion.isName(className) && methodOk;
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static ApiException invalid(String message) {
        return new ApiException(ErrorType.InvalidParameterValueException, message);
    }
}
