package dojo.lambda.function;

import static dojo.lambda.function.CodePackageTest.assertRefused;
import static dojo.lambda.function.Fixtures.ACCOUNT;
import static dojo.lambda.function.Fixtures.hello;
import static dojo.lambda.function.Fixtures.javaPackage;
import static org.assertj.core.api.Assertions.assertThat;

import dojo.lambda.api.ErrorType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every CreateFunction / UpdateFunctionConfiguration rule, with AWS's error name and wording. */
class FunctionValidationTest {
    static final String NAME_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?"
            + "(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";

    @TempDir
    Path data;

    FunctionRegistry registry;

    @BeforeEach
    void open() {
        registry = FunctionRegistry.open(data, Fixtures.runtimes(), new TestClock(Fixtures.START));
    }

    void refusedCreate(CreateFunctionRequest request, ErrorType type, String message) {
        int before = registry.list(ACCOUNT).size();
        assertRefused(() -> registry.create(ACCOUNT, request, javaPackage()), type, message);
        assertThat(registry.list(ACCOUNT)).hasSize(before);
    }

    @Test
    void defaultsAreAwsDefaults() {
        FunctionConfig config = registry.create(ACCOUNT, hello(), javaPackage()).config();

        assertThat(config.memoryMb()).isEqualTo(128);
        assertThat(config.timeoutSeconds()).isEqualTo(3);
        assertThat(config.ephemeralStorageMb()).isEqualTo(512);
        assertThat(config.architecture()).isEqualTo("x86_64");
        assertThat(config.environment()).isEmpty();
        assertThat(config.description()).isEmpty();
    }

    @Test
    void limitsThemselvesAreAccepted() {
        FunctionConfig config = registry.create(ACCOUNT, hello().withMemorySize(10240).withTimeout(900)
                .withEphemeralStorageSize(10240).withArchitectures(List.of("arm64")), javaPackage()).config();

        assertThat(config.memoryMb()).isEqualTo(10240);
        assertThat(config.timeoutSeconds()).isEqualTo(900);
        assertThat(config.ephemeralStorageMb()).isEqualTo(10240);
        assertThat(config.architecture()).isEqualTo("arm64");
    }

    @Test
    void memoryOutsideOf128To10240MbIsAValidationError() {
        refusedCreate(hello().withMemorySize(10241), ErrorType.ValidationException, "1 validation error detected: Value"
                + " '10241' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to 10240");
        refusedCreate(hello().withMemorySize(127), ErrorType.ValidationException, "1 validation error detected: Value"
                + " '127' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128");
    }

    @Test
    void timeoutOutsideOf1To900SecondsIsAValidationError() {
        refusedCreate(hello().withTimeout(901), ErrorType.ValidationException, "1 validation error detected: Value"
                + " '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900");
        refusedCreate(hello().withTimeout(0), ErrorType.ValidationException, "1 validation error detected: Value"
                + " '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1");
    }

    @Test
    void ephemeralStorageOutsideOf512To10240MbIsAValidationError() {
        refusedCreate(hello().withEphemeralStorageSize(10241), ErrorType.ValidationException, "1 validation error"
                + " detected: Value '10241' at 'ephemeralStorage.size' failed to satisfy constraint: Member must have value"
                + " less than or equal to 10240");
        refusedCreate(hello().withEphemeralStorageSize(511), ErrorType.ValidationException, "1 validation error"
                + " detected: Value '511' at 'ephemeralStorage.size' failed to satisfy constraint: Member must have value"
                + " greater than or equal to 512");
    }

    @Test
    void severalModelViolationsAreReportedTogether() {
        refusedCreate(hello().withMemorySize(64).withTimeout(1000), ErrorType.ValidationException, "2 validation errors"
                + " detected: Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than"
                + " or equal to 128; Value '1000' at 'timeout' failed to satisfy constraint: Member must have value less"
                + " than or equal to 900");
    }

    @Test
    void functionNameWithCharactersOutsideThePatternIsAValidationError() {
        refusedCreate(CreateFunctionRequest.of("my function", "java17", "example.Hello"), ErrorType.ValidationException,
                "1 validation error detected: Value 'my function' at 'functionName' failed to satisfy constraint: Member"
                        + " must satisfy regular expression pattern: " + NAME_PATTERN);
    }

    @Test
    void plainFunctionNameLongerThan64CharactersIsAnInvalidParameter() {
        String name = "f".repeat(65);
        refusedCreate(CreateFunctionRequest.of(name, "java17", "example.Hello"), ErrorType.InvalidParameterValueException,
                "1 validation error detected: Value '" + name + "' at 'functionName' failed to satisfy constraint: Member"
                        + " must have length less than or equal to 64");
    }

    @Test
    void missingFunctionNameIsAValidationError() {
        refusedCreate(CreateFunctionRequest.of(null, "java17", "example.Hello"), ErrorType.ValidationException,
                "1 validation error detected: Value null at 'functionName' failed to satisfy constraint: Member must not"
                        + " be null");
    }

    @Test
    void functionCanBeCreatedUnderItsOwnArn() {
        DeployedFunction created = registry.create(ACCOUNT,
                CreateFunctionRequest.of("arn:aws:lambda:us-east-1:111111111111:function:by-arn", "java17", "example.Hello"),
                javaPackage());

        assertThat(created.config().name()).isEqualTo("by-arn");
    }

    @Test
    void reservedEnvironmentKeysAreRefusedNamedInRequestOrder() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("STAGE", "dev");
        environment.put("AWS_REGION", "eu-west-1");
        environment.put("AWS_ACCESS_KEY_ID", "AKIA");
        refusedCreate(hello().withEnvironment(environment), ErrorType.InvalidParameterValueException, "Lambda was unable"
                + " to configure your environment variables because the environment variables you have provided contains"
                + " reserved keys that are currently not supported for modification. Reserved keys used in this request:"
                + " AWS_REGION, AWS_ACCESS_KEY_ID");
    }

    @Test
    void underscoreKeysLikeHandlerFailAwsKeyPatternBeforeTheReservedCheck() {
        refusedCreate(hello().withEnvironment(Map.of("_HANDLER", "other.Handler")), ErrorType.ValidationException,
                "1 validation error detected: Value at 'environment.variables' failed to satisfy constraint: Map keys"
                        + " must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]");
    }

    @Test
    void environmentOver4KbMeasuredAsJsonIsRefusedShowingWhatWasMeasured() {
        String value = "x".repeat(4087);
        refusedCreate(hello().withEnvironment(Map.of("BIG", value)), ErrorType.InvalidParameterValueException, "Lambda was"
                + " unable to configure your environment variables because the environment variables you have provided"
                + " exceeded the 4KB limit. String measured: {\"BIG\":\"" + value + "\"}");
    }

    @Test
    void environmentOfExactly4KbMeasuredAsJsonIsAccepted() {
        Map<String, String> environment = Map.of("BIG", "x".repeat(4086));

        assertThat(registry.create(ACCOUNT, hello().withEnvironment(environment), javaPackage()).config().environment())
                .isEqualTo(environment);
    }

    @Test
    void environmentKeyOutsideThePatternIsAValidationErrorThatDoesNotEchoValues() {
        refusedCreate(hello().withEnvironment(Map.of("1SECRET", "hunter2")), ErrorType.ValidationException, "1 validation"
                + " error detected: Value at 'environment.variables' failed to satisfy constraint: Map keys must satisfy"
                + " constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]");
    }

    @Test
    void javaHandlersMustBeBinaryClassNamesWithAnOptionalMethod() {
        for (String handler : List.of("Hello", "example.Hello", "example.Hello::handleRequest", "a.b.Outer$Inner::run")) {
            registry.create(ACCOUNT, CreateFunctionRequest.of("f" + Math.abs(handler.hashCode()), "java25", handler),
                    javaPackage());
        }
        for (String handler : List.of("example.Hello::", "example..Hello", "example.class.Hello", "1example.Hello",
                "example.Hello::handle-request", "example.Hello::a::b")) {
            refusedCreate(CreateFunctionRequest.of("bad", "java17", handler), ErrorType.InvalidParameterValueException,
                    "Handler '" + handler + "' is not a valid Java handler for runtime java17. Expected pkg.Class or"
                            + " pkg.Class::method, where pkg.Class is the binary name of a class in the deployment package"
                            + " and method is a Java method name, for example example.Hello or example.Hello::handleRequest.");
        }
    }

    @Test
    void handlerWithWhitespaceIsAValidationErrorAndAMissingOneAnInvalidParameter() {
        refusedCreate(CreateFunctionRequest.of("h", "java17", "example.Hello handle"), ErrorType.ValidationException,
                "1 validation error detected: Value 'example.Hello handle' at 'handler' failed to satisfy constraint:"
                        + " Member must satisfy regular expression pattern: [^\\s]+");
        refusedCreate(CreateFunctionRequest.of("h", "java17", null), ErrorType.InvalidParameterValueException,
                "Handler is required for .zip deployment packages. For a Java runtime give the class that handles events"
                        + " as pkg.Class or pkg.Class::method, for example example.Hello::handleRequest.");
    }

    @Test
    void customRuntimeHandlerIsWhateverTheBootstrapUnderstands() {
        DeployedFunction created = registry.create(ACCOUNT,
                CreateFunctionRequest.of("custom", "provided.al2023", "function.handler"), Fixtures.customPackage());

        assertThat(created.config().handler()).isEqualTo("function.handler");
    }

    @Test
    void runtimeUnknownToAwsGetsAwsEnumMessageListingOurs() {
        refusedCreate(CreateFunctionRequest.of("r", "java99", "example.Hello"), ErrorType.InvalidParameterValueException,
                "Value java99 at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [java17,"
                        + " java21, java25, provided.al2023] or be a valid ARN");
    }

    @Test
    void runtimeAwsKnowsButThisEngineDoesNotRunIsRefusedListingInstalledOnes() {
        refusedCreate(CreateFunctionRequest.of("r", "python3.12", "app.handler"), ErrorType.InvalidParameterValueException,
                "The runtime parameter of python3.12 is not supported for creating or updating functions on this engine,"
                        + " which runs Java and custom runtimes only. We recommend you use a supported runtime while"
                        + " creating or updating functions. Installed runtimes: [java17, java25, provided.al2023]");
    }

    @Test
    void supportedRuntimeMissingOnThisHostIsRefusedListingInstalledOnes() {
        refusedCreate(CreateFunctionRequest.of("r", "java21", "example.Hello"), ErrorType.InvalidParameterValueException,
                "Runtime java21 is not installed on this engine. Installed runtimes: [java17, java25, provided.al2023]."
                        + " Choose one of those, or install a JDK 21 (for example under /usr/lib/jvm) on the engine's host"
                        + " and restart the engine.");
    }

    @Test
    void missingRuntimeIsRefusedListingInstalledOnes() {
        refusedCreate(CreateFunctionRequest.of("r", null, "example.Hello"), ErrorType.InvalidParameterValueException,
                "Runtime is required for .zip deployment packages. Set Runtime to one of the installed runtimes: [java17,"
                        + " java25, provided.al2023].");
    }

    @Test
    void imagePackagesAreRefusedAndUnknownPackageTypesAreValidationErrors() {
        refusedCreate(hello().withPackageType("Image"), ErrorType.InvalidParameterValueException, "PackageType Image is"
                + " not supported by this engine: it runs .zip deployment packages only. Leave PackageType out (or set it"
                + " to Zip) and upload the code as Code.ZipFile.");
        refusedCreate(hello().withPackageType("Jar"), ErrorType.ValidationException, "1 validation error detected: Value"
                + " 'Jar' at 'packageType' failed to satisfy constraint: Member must satisfy enum value set: [Zip, Image]");
        assertThat(registry.create(ACCOUNT, hello().withPackageType("Zip"), javaPackage())).isNotNull();
    }

    @Test
    void architecturesTakeExactlyOneOfX86AndArm() {
        refusedCreate(hello().withArchitectures(List.of("x86_64", "arm64")), ErrorType.ValidationException, "1 validation"
                + " error detected: Value '[x86_64, arm64]' at 'architectures' failed to satisfy constraint: Member must"
                + " have length less than or equal to 1");
        refusedCreate(hello().withArchitectures(List.of("sparc")), ErrorType.ValidationException, "1 validation error"
                + " detected: Value '[sparc]' at 'architectures' failed to satisfy constraint: Member must satisfy"
                + " constraint: [Member must satisfy enum value set: [x86_64, arm64], Member must not be null]");
    }

    @Test
    void roleIsKeptWhenItIsAnIamRoleArnAndRefusedOtherwise() {
        String role = "arn:aws:iam::111111111111:role/lambda-basic";
        assertThat(registry.create(ACCOUNT, hello().withRole(role), javaPackage()).config().role()).isEqualTo(role);

        registry.delete(ACCOUNT, "hello");
        refusedCreate(hello().withRole("lambda-basic"), ErrorType.ValidationException, "1 validation error detected: Value"
                + " 'lambda-basic' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern:"
                + " arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    }

    @Test
    void descriptionLongerThan256CharactersIsAValidationError() {
        String text = "d".repeat(257);
        refusedCreate(hello().withDescription(text), ErrorType.ValidationException, "1 validation error detected: Value '"
                + text + "' at 'description' failed to satisfy constraint: Member must have length less than or equal to 256");
    }

    @Test
    void configurationUpdatesAreCheckedLikeCreation() {
        registry.create(ACCOUNT, hello(), javaPackage());

        assertRefused(() -> registry.updateConfiguration(ACCOUNT, "hello", ConfigurationPatch.NONE.withTimeout(901)),
                ErrorType.ValidationException, "1 validation error detected: Value '901' at 'timeout' failed to satisfy"
                        + " constraint: Member must have value less than or equal to 900");
        assertRefused(() -> registry.updateConfiguration(ACCOUNT, "hello", ConfigurationPatch.NONE.withRuntime("java21")),
                ErrorType.InvalidParameterValueException, "Runtime java21 is not installed on this engine. Installed"
                        + " runtimes: [java17, java25, provided.al2023]. Choose one of those, or install a JDK 21 (for"
                        + " example under /usr/lib/jvm) on the engine's host and restart the engine.");
        assertRefused(() -> registry.updateConfiguration(ACCOUNT, "hello",
                ConfigurationPatch.NONE.withEnvironment(Map.of("AWS_LAMBDA_RUNTIME_API", "x"))),
                ErrorType.InvalidParameterValueException, "Lambda was unable to configure your environment variables"
                        + " because the environment variables you have provided contains reserved keys that are currently"
                        + " not supported for modification. Reserved keys used in this request: AWS_LAMBDA_RUNTIME_API");
        assertRefused(() -> registry.updateConfiguration(ACCOUNT, "hello", ConfigurationPatch.NONE.withHandler("a b")),
                ErrorType.ValidationException, "1 validation error detected: Value 'a b' at 'handler' failed to satisfy"
                        + " constraint: Member must satisfy regular expression pattern: [^\\s]+");
        assertThat(registry.get(ACCOUNT, "hello").config().timeoutSeconds()).isEqualTo(3);
    }

    @Test
    void switchingAJavaFunctionToTheCustomRuntimeNeedsABootstrapAndAJavaHandlerCheckFollowsTheRuntime() {
        registry.create(ACCOUNT, CreateFunctionRequest.of("custom", "provided.al2023", "anything-goes"),
                Fixtures.customPackage());
        registry.create(ACCOUNT, hello(), javaPackage());

        assertRefused(() -> registry.updateConfiguration(ACCOUNT, "hello", ConfigurationPatch.NONE.withRuntime("provided.al2023")),
                ErrorType.InvalidParameterValueException, "The deployment package has no file named bootstrap at its"
                        + " root, which runtime provided.al2023 needs: a custom runtime starts by running the executable"
                        + " /var/task/bootstrap, which then fetches events from the Runtime API at $AWS_LAMBDA_RUNTIME_API"
                        + " and posts the responses back. Add an executable bootstrap file (for example a shell script"
                        + " running 'exec java -cp /var/task example.Main') at the top level of the .zip and upload it again.");
        assertRefused(() -> registry.updateConfiguration(ACCOUNT, "custom", ConfigurationPatch.NONE.withRuntime("java25")),
                ErrorType.InvalidParameterValueException, "Handler 'anything-goes' is not a valid Java handler for runtime"
                        + " java25. Expected pkg.Class or pkg.Class::method, where pkg.Class is the binary name of a class"
                        + " in the deployment package and method is a Java method name, for example example.Hello or"
                        + " example.Hello::handleRequest.");
        assertThat(registry.updateConfiguration(ACCOUNT, "custom",
                ConfigurationPatch.NONE.withRuntime("java25").withHandler("example.Main")).config().runtime())
                .isEqualTo("java25");
    }
}
