package dojo.lambda.function;

import static dojo.lambda.function.CodePackageTest.assertRefused;
import static dojo.lambda.function.Fixtures.ACCOUNT;
import static dojo.lambda.function.Fixtures.OTHER_ACCOUNT;
import static dojo.lambda.function.Fixtures.hello;
import static dojo.lambda.function.Fixtures.javaPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.api.ErrorType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionRegistryTest {
    @TempDir
    Path data;

    TestClock clock = new TestClock(Fixtures.START);
    FunctionRegistry registry;

    @BeforeEach
    void open() {
        registry = FunctionRegistry.open(data, Fixtures.runtimes(), clock);
    }

    @Test
    void createdFunctionCarriesArnCodeHashSizeRevisionAndTheClocksTimeInAwsFormat() throws Exception {
        byte[] zip = javaPackage();
        DeployedFunction created = registry.create(ACCOUNT, hello().withDescription("greets"), zip);

        FunctionConfig config = created.config();
        assertThat(config.arn()).isEqualTo("arn:aws:lambda:us-east-1:111111111111:function:hello");
        assertThat(config.codeSha256())
                .isEqualTo(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(zip)));
        assertThat(config.codeSize()).isEqualTo(zip.length);
        assertThat(config.lastModified()).isEqualTo(Instant.parse("2024-05-01T12:30:45.123Z"));
        assertThat(config.lastModifiedText()).isEqualTo("2024-05-01T12:30:45.123+0000");
        assertThat(config.revisionId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(created.codeDir()).isEqualTo(data.toAbsolutePath()
                .resolve("accounts/111111111111/functions/hello/code/" + config.revisionId()));
        assertThat(created.codeDir().resolve("example/Hello.class")).hasContent("not really bytecode");
        assertThat(created.reservedConcurrency()).isNull();
        assertThat(registry.get(ACCOUNT, "hello")).isEqualTo(created);
    }

    @Test
    void creatingATakenNameIsAConflict() {
        registry.create(ACCOUNT, hello(), javaPackage());

        assertRefused(() -> registry.create(ACCOUNT, hello(), javaPackage()), ErrorType.ResourceConflictException,
                "Function already exist: hello");
    }

    @Test
    void functionIsFoundByNamePartialArnFullArnAndLatestQualifier() {
        DeployedFunction created = registry.create(ACCOUNT, hello(), javaPackage());

        for (String name : List.of("hello", "111111111111:function:hello", "arn:aws:lambda:us-east-1:111111111111:function:hello",
                "hello:$LATEST", "arn:aws:lambda:us-east-1:111111111111:function:hello:$LATEST")) {
            assertThat(registry.get(ACCOUNT, name)).isEqualTo(created);
        }
    }

    @Test
    void missingFunctionIsNotFoundNamedByItsArn() {
        assertRefused(() -> registry.get(ACCOUNT, "nope"), ErrorType.ResourceNotFoundException,
                "Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope");
        assertRefused(() -> registry.updateConfiguration(ACCOUNT, "nope", ConfigurationPatch.NONE),
                ErrorType.ResourceNotFoundException, "Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope");
        assertRefused(() -> registry.delete(ACCOUNT, "nope"), ErrorType.ResourceNotFoundException,
                "Function not found: arn:aws:lambda:us-east-1:111111111111:function:nope");
    }

    @Test
    void versionsAndOtherRegionsDoNotExistHere() {
        registry.create(ACCOUNT, hello(), javaPackage());

        assertRefused(() -> registry.get(ACCOUNT, "hello:1"), ErrorType.ResourceNotFoundException,
                "Function not found: arn:aws:lambda:us-east-1:111111111111:function:hello:1");
        assertRefused(() -> registry.get(ACCOUNT, "arn:aws:lambda:eu-west-1:111111111111:function:hello"),
                ErrorType.ResourceNotFoundException, "Functions from 'eu-west-1' are not reachable in this region ('us-east-1')");
        assertRefused(() -> registry.get(ACCOUNT, "hello world"), ErrorType.ValidationException, "1 validation error"
                + " detected: Value 'hello world' at 'functionName' failed to satisfy constraint: Member must satisfy regular"
                + " expression pattern: " + FunctionRef.READ_PATTERN);
    }

    @Test
    void accountsNeverSeeEachOthersFunctions() {
        DeployedFunction mine = registry.create(ACCOUNT, hello(), javaPackage("mine"));

        assertRefused(() -> registry.get(OTHER_ACCOUNT, "hello"), ErrorType.ResourceNotFoundException,
                "Function not found: arn:aws:lambda:us-east-1:222222222222:function:hello");
        assertRefused(() -> registry.get(OTHER_ACCOUNT, mine.config().arn()), ErrorType.ResourceNotFoundException,
                "Function not found: arn:aws:lambda:us-east-1:111111111111:function:hello");
        assertRefused(() -> registry.delete(OTHER_ACCOUNT, mine.config().arn()), ErrorType.ResourceNotFoundException,
                "Function not found: arn:aws:lambda:us-east-1:111111111111:function:hello");
        assertThat(registry.list(OTHER_ACCOUNT)).isEmpty();

        DeployedFunction theirs = registry.create(OTHER_ACCOUNT, hello(), javaPackage("theirs"));
        assertThat(theirs.codeDir()).isNotEqualTo(mine.codeDir());
        assertThat(registry.get(ACCOUNT, "hello").codeDir().resolve("example/Hello.class")).hasContent("mine");
        assertThat(registry.get(OTHER_ACCOUNT, "hello").codeDir().resolve("example/Hello.class")).hasContent("theirs");
        registry.putReservedConcurrency(ACCOUNT, "hello", 900);
        assertThat(registry.unreservedConcurrency(OTHER_ACCOUNT)).isEqualTo(1000);
    }

    @Test
    void accountIdMustBeTwelveDigitsBecauseItNamesAFolder() {
        assertThatThrownBy(() -> registry.list("../../etc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An account id is 12 digits, like 123456789012, but got '../../etc'");
    }

    @Test
    void listIsSortedByNameAndPagesWithMarkerAndMaxItems() {
        for (String name : List.of("charlie", "alpha", "delta", "bravo", "echo")) {
            registry.create(ACCOUNT, CreateFunctionRequest.of(name, "java17", "example.Hello"), javaPackage());
        }

        assertThat(names(registry.list(ACCOUNT))).containsExactly("alpha", "bravo", "charlie", "delta", "echo");
        FunctionPage first = registry.list(ACCOUNT, null, 2);
        assertThat(names(first.functions())).containsExactly("alpha", "bravo");
        FunctionPage second = registry.list(ACCOUNT, first.nextMarker(), 2);
        assertThat(names(second.functions())).containsExactly("charlie", "delta");
        FunctionPage last = registry.list(ACCOUNT, second.nextMarker(), 2);
        assertThat(names(last.functions())).containsExactly("echo");
        assertThat(last.nextMarker()).isNull();
        assertThat(registry.list(ACCOUNT, null, null).functions()).hasSize(5);
        assertRefused(() -> registry.list(ACCOUNT, null, 0), ErrorType.ValidationException, "1 validation error detected:"
                + " Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1");
    }

    @Test
    void codeUpdateDeploysIntoANewFolderAndKeepsTheOldOneForRunningEnvironments() {
        DeployedFunction before = registry.create(ACCOUNT, hello(), javaPackage("v1"));
        clock.advance(Duration.ofSeconds(5));

        DeployedFunction after = registry.updateCode(ACCOUNT, "hello", javaPackage("v2"));

        assertThat(after.codeDir()).isNotEqualTo(before.codeDir());
        assertThat(after.codeDir().resolve("example/Hello.class")).hasContent("v2");
        assertThat(before.codeDir().resolve("example/Hello.class")).hasContent("v1");
        assertThat(after.config().codeSha256()).isNotEqualTo(before.config().codeSha256());
        assertThat(after.config().revisionId()).isNotEqualTo(before.config().revisionId());
        assertThat(after.config().lastModified()).isEqualTo(before.config().lastModified().plusSeconds(5));
        assertThat(after.config().handler()).isEqualTo(before.config().handler());
    }

    @Test
    void replacedCodeIsDeletedOnlyAfterTheGracePeriod() {
        DeployedFunction v1 = registry.create(ACCOUNT, hello(), javaPackage("v1"));
        DeployedFunction v2 = registry.updateCode(ACCOUNT, "hello", javaPackage("v2"));
        clock.advance(FunctionRegistry.RETIRED_CODE_GRACE.minusSeconds(1));
        registry.updateCode(ACCOUNT, "hello", javaPackage("v3"));
        assertThat(v1.codeDir()).exists();

        clock.advance(Duration.ofSeconds(1));
        DeployedFunction v4 = registry.updateCode(ACCOUNT, "hello", javaPackage("v4"));

        assertThat(v1.codeDir()).doesNotExist();
        assertThat(v2.codeDir()).exists();
        assertThat(v4.codeDir()).exists();
    }

    @Test
    void configurationUpdateChangesOnlyTheGivenFieldsAndKeepsTheCode() {
        DeployedFunction before = registry.create(ACCOUNT, hello().withEnvironment(Map.of("AA", "1", "BB", "2")), javaPackage());
        clock.advance(Duration.ofMillis(1500));

        DeployedFunction after = registry.updateConfiguration(ACCOUNT, "hello",
                ConfigurationPatch.NONE.withMemorySize(512).withTimeout(30).withEnvironment(Map.of("CC", "3")));

        FunctionConfig config = after.config();
        assertThat(config.memoryMb()).isEqualTo(512);
        assertThat(config.timeoutSeconds()).isEqualTo(30);
        assertThat(config.environment()).isEqualTo(Map.of("CC", "3"));
        assertThat(config.handler()).isEqualTo("example.Hello::handleRequest");
        assertThat(config.codeSha256()).isEqualTo(before.config().codeSha256());
        assertThat(after.codeDir()).isEqualTo(before.codeDir());
        assertThat(config.revisionId()).isNotEqualTo(before.config().revisionId());
        assertThat(config.lastModifiedText()).isEqualTo("2024-05-01T12:30:46.623+0000");
        assertThat(registry.updateConfiguration(ACCOUNT, "hello", ConfigurationPatch.NONE.withEnvironment(Map.of()))
                .config().environment()).isEmpty();
    }

    @Test
    void deletedFunctionIsGoneAndItsNameFreeWhileItsCodeOutlivesTheGracePeriodOnly() {
        DeployedFunction first = registry.create(ACCOUNT, hello(), javaPackage("first"));

        registry.delete(ACCOUNT, "arn:aws:lambda:us-east-1:111111111111:function:hello");

        assertRefused(() -> registry.get(ACCOUNT, "hello"), ErrorType.ResourceNotFoundException,
                "Function not found: arn:aws:lambda:us-east-1:111111111111:function:hello");
        assertThat(first.codeDir()).exists();
        DeployedFunction second = registry.create(ACCOUNT, hello(), javaPackage("second"));
        clock.advance(FunctionRegistry.RETIRED_CODE_GRACE);
        registry.delete(ACCOUNT, "hello");
        assertThat(first.codeDir()).doesNotExist();
        assertThat(second.codeDir()).exists();

        clock.advance(FunctionRegistry.RETIRED_CODE_GRACE);
        registry.create(ACCOUNT, CreateFunctionRequest.of("other", "java17", "example.Hello"), javaPackage());
        registry.delete(ACCOUNT, "other");
        assertThat(data.resolve("accounts/111111111111/functions/hello")).doesNotExist();
    }

    @Test
    void everythingSurvivesAReopenAndLeftoversAreCleared() throws IOException {
        registry.create(ACCOUNT, hello().withEnvironment(Map.of("GREETING", "hi")).withRole("arn:aws:iam::111111111111:role/r"),
                javaPackage("v1"));
        DeployedFunction replaced = registry.get(ACCOUNT, "hello");
        registry.updateCode(ACCOUNT, "hello", javaPackage("v2"));
        registry.updateConfiguration(ACCOUNT, "hello", ConfigurationPatch.NONE.withDescription("second"));
        registry.putReservedConcurrency(ACCOUNT, "hello", 50);
        registry.putProvisionedConcurrency(ACCOUNT, "hello", 5);
        registry.create(OTHER_ACCOUNT, CreateFunctionRequest.of("custom", "provided.al2023", "handler"), Fixtures.customPackage());
        DeployedFunction deleted = registry.create(ACCOUNT, CreateFunctionRequest.of("gone", "java25", "example.Gone"), javaPackage());
        registry.delete(ACCOUNT, "gone");
        Files.createDirectories(data.resolve("staging/half-unpacked"));
        List<DeployedFunction> mine = registry.list(ACCOUNT);
        List<DeployedFunction> theirs = registry.list(OTHER_ACCOUNT);

        FunctionRegistry reopened = FunctionRegistry.open(data, Fixtures.runtimes(), clock);

        assertThat(reopened.list(ACCOUNT)).isEqualTo(mine);
        assertThat(reopened.list(OTHER_ACCOUNT)).isEqualTo(theirs);
        assertThat(reopened.get(ACCOUNT, "hello").codeDir().resolve("example/Hello.class")).hasContent("v2");
        assertThat(reopened.unreservedConcurrency(ACCOUNT)).isEqualTo(950);
        assertThat(replaced.codeDir()).doesNotExist();
        assertThat(deleted.codeDir().getParent().getParent()).doesNotExist();
        assertThat(data.resolve("staging")).doesNotExist();
    }

    @Test
    void listenersHearEveryChangeInOrderWithTheFunctionBeforeAndAfter() {
        List<FunctionChange> heard = new ArrayList<>();
        registry.addListener(heard::add);
        registry.addListener(change -> {
            throw new IllegalStateException("a broken listener does not undo the change");
        });

        DeployedFunction created = registry.create(ACCOUNT, hello(), javaPackage("v1"));
        DeployedFunction coded = registry.updateCode(ACCOUNT, "hello", javaPackage("v2"));
        DeployedFunction configured = registry.updateConfiguration(ACCOUNT, "hello", ConfigurationPatch.NONE.withTimeout(10));
        DeployedFunction reserved = registry.putReservedConcurrency(ACCOUNT, "hello", 5);
        registry.delete(ACCOUNT, "hello");

        assertThat(heard).extracting(FunctionChange::kind).containsExactly(FunctionChange.Kind.CREATED,
                FunctionChange.Kind.CODE_UPDATED, FunctionChange.Kind.CONFIGURATION_UPDATED,
                FunctionChange.Kind.CONCURRENCY_UPDATED, FunctionChange.Kind.DELETED);
        assertThat(heard.get(0).before()).isNull();
        assertThat(heard.get(0).after()).isEqualTo(created);
        assertThat(heard.get(1).before()).isEqualTo(created);
        assertThat(heard.get(1).after()).isEqualTo(coded);
        assertThat(heard.get(2).after()).isEqualTo(configured);
        assertThat(heard.get(3).after()).isEqualTo(reserved);
        assertThat(heard.get(4).before()).isEqualTo(reserved);
        assertThat(heard.get(4).after()).isNull();
        assertThat(heard).extracting(FunctionChange::makesEnvironmentsStale).containsExactly(false, true, true, false, true);
        assertThat(heard).extracting(FunctionChange::accountId).containsOnly(ACCOUNT);
    }

    @Test
    void reservedConcurrencyMustLeaveTheAccountAHundredUnreserved() {
        registry.create(ACCOUNT, hello(), javaPackage());
        registry.create(ACCOUNT, CreateFunctionRequest.of("other", "java17", "example.Hello"), javaPackage());

        assertThat(registry.putReservedConcurrency(ACCOUNT, "hello", 800).reservedConcurrency()).isEqualTo(800);
        assertThat(registry.unreservedConcurrency(ACCOUNT)).isEqualTo(200);
        assertRefused(() -> registry.putReservedConcurrency(ACCOUNT, "other", 101), ErrorType.InvalidParameterValueException,
                "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution"
                        + " below its minimum value of [100].");
        assertThat(registry.putReservedConcurrency(ACCOUNT, "other", 100).reservedConcurrency()).isEqualTo(100);
        assertThat(registry.putReservedConcurrency(ACCOUNT, "hello", 0).reservedConcurrency()).isZero();
        assertRefused(() -> registry.putReservedConcurrency(ACCOUNT, "hello", -1), ErrorType.ValidationException,
                "1 validation error detected: Value '-1' at 'reservedConcurrentExecutions' failed to satisfy constraint:"
                        + " Member must have value greater than or equal to 0");
        assertThat(registry.deleteReservedConcurrency(ACCOUNT, "hello").reservedConcurrency()).isNull();
        assertThat(registry.unreservedConcurrency(ACCOUNT)).isEqualTo(900);
    }

    @Test
    void provisionedConcurrencyStaysWithinTheReservationOrTheUnreservedPool() {
        registry.create(ACCOUNT, hello(), javaPackage());
        registry.create(ACCOUNT, CreateFunctionRequest.of("other", "java17", "example.Hello"), javaPackage());
        registry.putReservedConcurrency(ACCOUNT, "hello", 10);

        assertRefused(() -> registry.putProvisionedConcurrency(ACCOUNT, "hello", 11), ErrorType.InvalidParameterValueException,
                "Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution for function");
        assertThat(registry.putProvisionedConcurrency(ACCOUNT, "hello", 10).provisionedConcurrency()).isEqualTo(10);
        assertRefused(() -> registry.putReservedConcurrency(ACCOUNT, "hello", 9), ErrorType.InvalidParameterValueException,
                "ReservedConcurrentExecutions 9 is less than the function's provisioned concurrency 10. Reserve at least"
                        + " 10, or lower the provisioned concurrency first.");
        assertRefused(() -> registry.putProvisionedConcurrency(ACCOUNT, "other", 891), ErrorType.InvalidParameterValueException,
                "Specified ConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its"
                        + " minimum value of [100].");
        registry.putProvisionedConcurrency(ACCOUNT, "other", 890);
        assertThat(registry.unreservedConcurrency(ACCOUNT)).isEqualTo(100);
        assertRefused(() -> registry.putProvisionedConcurrency(ACCOUNT, "other", 0), ErrorType.ValidationException,
                "1 validation error detected: Value '0' at 'provisionedConcurrentExecutions' failed to satisfy constraint:"
                        + " Member must have value greater than or equal to 1");
        assertThat(registry.deleteProvisionedConcurrency(ACCOUNT, "other").provisionedConcurrency()).isZero();
    }

    @Test
    void customRuntimeCodeUpdateWithoutBootstrapIsRefusedAndTheFunctionKeepsItsCode() {
        DeployedFunction custom = registry.create(ACCOUNT, CreateFunctionRequest.of("custom", "provided.al2023", "h"),
                Fixtures.customPackage());

        assertRefused(() -> registry.updateCode(ACCOUNT, "custom", javaPackage()), ErrorType.InvalidParameterValueException,
                "The deployment package has no file named bootstrap at its root, which runtime provided.al2023 needs: a"
                        + " custom runtime starts by running the executable /var/task/bootstrap, which then fetches events"
                        + " from the Runtime API at $AWS_LAMBDA_RUNTIME_API and posts the responses back. Add an executable"
                        + " bootstrap file (for example a shell script running 'exec java -cp /var/task example.Main') at"
                        + " the top level of the .zip and upload it again.");
        assertThat(registry.get(ACCOUNT, "custom")).isEqualTo(custom);
        assertThat(Files.isExecutable(custom.codeDir().resolve("bootstrap"))).isTrue();
        assertThat(data.resolve("staging")).isEmptyDirectory();
    }

    @Test
    void badPackageLeavesNoFunctionAndNoFiles() {
        assertRefused(() -> registry.create(ACCOUNT, hello(), new TestZip().file("../x", "y").bytes()),
                ErrorType.InvalidParameterValueException, "Entry '../x' in the deployment package points outside the"
                        + " package: '..' leads above the package root, which Lambda unpacks at /var/task."
                        + CodePackageTest.REBUILD);
        assertRefused(() -> registry.create(ACCOUNT, hello(), "not a zip".getBytes()), ErrorType.InvalidParameterValueException,
                CodePackage.CORRUPT);
        assertThat(registry.list(ACCOUNT)).isEmpty();
        assertThat(data.resolve("accounts")).doesNotExist();
        assertThat(data.resolve("staging")).isEmptyDirectory();
    }

    @Test
    void concurrentCreatesOfOneNameLetExactlyOneWin() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> refusals = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            byte[] zip = javaPackage("racer " + i);
            Thread thread = new Thread(() -> {
                try {
                    registry.create(ACCOUNT, hello(), zip);
                } catch (RuntimeException e) {
                    refusals.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(registry.list(ACCOUNT)).hasSize(1);
        assertThat(refusals).hasSize(7).allSatisfy(e -> assertThat(e).hasMessage("Function already exist: hello"));
        assertThat(data.resolve("accounts/111111111111/functions/hello/code")).isDirectoryContaining(
                path -> path.equals(registry.get(ACCOUNT, "hello").codeDir()));
        assertThat(data.resolve("staging")).isEmptyDirectory();
    }

    static List<String> names(List<DeployedFunction> functions) {
        return functions.stream().map(function -> function.config().name()).toList();
    }
}
