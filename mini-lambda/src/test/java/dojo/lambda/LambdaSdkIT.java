package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fixtures.Counter;
import fixtures.Failing;
import fixtures.Hello;
import fixtures.Sleeper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionCode;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.RequestTooLargeException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** The engine driven only through the real AWS SDK for Java v2 LambdaClient. */
class LambdaSdkIT {
    @TempDir
    static Path data;

    static TestEngine engine;
    static LambdaClient lambda;

    @BeforeAll
    static void start() throws Exception {
        engine = TestEngine.start(data);
        lambda = engine.lambda();
    }

    @AfterAll
    static void stop() {
        lambda.close();
        engine.close();
    }

    static CreateFunctionResponse create(String name, Class<?> handler, int memory, int timeout) {
        return lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).handler(handler.getName() + "::handleRequest")
                .role("arn:aws:iam::000000000000:role/lambda-role").memorySize(memory).timeout(timeout)
                .code(FunctionCode.builder().zipFile(SdkBytes.fromByteArray(Fixtures.zipOf(handler))).build()));
    }

    static InvokeResponse invoke(String name, String payload, boolean tail) {
        return lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String(payload))
                .logType(tail ? LogType.TAIL : LogType.NONE));
    }

    @Test
    void createThenInvokeColdThenWarmWithTailedLogs() {
        CreateFunctionResponse created = create("hello", Hello.class, 256, 10);
        assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:hello");
        assertThat(created.memorySize()).isEqualTo(256);
        assertThat(created.codeSha256()).isNotBlank();

        InvokeResponse cold = invoke("hello", "{\"name\":\"Ada\"}", true);
        assertThat(cold.statusCode()).isEqualTo(200);
        assertThat(cold.functionError()).isNull();
        assertThat(cold.executedVersion()).isEqualTo("$LATEST");
        String body = cold.payload().asUtf8String();
        assertThat(body).contains("\"greeting\":\"Hello, Ada!\"").contains("\"memory\":256")
                .contains("arn:aws:lambda:us-east-1:000000000000:function:hello").contains("on-demand");
        String coldLog = new String(Base64.getDecoder().decode(cold.logResult()), StandardCharsets.UTF_8);
        assertThat(coldLog).contains("START RequestId: ").contains("hello from hello").contains("END RequestId: ")
                .containsPattern("REPORT RequestId: \\S+\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms\tMemory Size: 256 MB\t"
                        + "Max Memory Used: \\d+ MB\tInit Duration: \\d+\\.\\d\\d ms");

        InvokeResponse warm = invoke("hello", "{}", true);
        String warmLog = new String(Base64.getDecoder().decode(warm.logResult()), StandardCharsets.UTF_8);
        assertThat(warm.payload().asUtf8String()).contains("Hello, world!");
        assertThat(warmLog).contains("REPORT RequestId:").doesNotContain("Init Duration");
    }

    @Test
    void warmEnvironmentKeepsStaticStateUntilTheCodeChanges() {
        create("counter", Counter.class, 128, 5);
        assertThat(invoke("counter", "{}", false).payload().asUtf8String()).isEqualTo("1");
        assertThat(invoke("counter", "{}", false).payload().asUtf8String()).isEqualTo("2");
        lambda.updateFunctionCode(b -> b.functionName("counter").zipFile(SdkBytes.fromByteArray(Fixtures.zipOf(Counter.class))));
        assertThat(invoke("counter", "{}", false).payload().asUtf8String()).isEqualTo("1");
    }

    @Test
    void handlerExceptionIsAnUnhandledFunctionErrorWithAwsErrorBody() {
        create("failing", Failing.class, 128, 5);
        InvokeResponse r = invoke("failing", "\"x\"", false);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.functionError()).isEqualTo("Unhandled");
        assertThat(r.payload().asUtf8String()).contains("\"errorType\":\"java.lang.IllegalStateException\"")
                .contains("\"errorMessage\":\"boom: x\"");
    }

    @Test
    void handlerSleepingPastItsTimeoutReportsTaskTimedOut() {
        create("sleepy", Sleeper.class, 128, 1);
        InvokeResponse r = invoke("sleepy", "{\"ms\":5000}", true);
        assertThat(r.functionError()).isEqualTo("Unhandled");
        assertThat(r.payload().asUtf8String()).contains("Task timed out after 1.00 seconds");
        String log = new String(Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8);
        assertThat(log).contains("Task timed out after 1.00 seconds").contains("Status: timeout");
    }

    @Test
    void asyncAndDryRunInvocationsAnswer202And204() throws Exception {
        create("async-counter", Counter.class, 128, 5);
        InvokeResponse async = lambda.invoke(b -> b.functionName("async-counter").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}")));
        assertThat(async.statusCode()).isEqualTo(202);
        InvokeResponse dry = lambda.invoke(b -> b.functionName("async-counter").invocationType(InvocationType.DRY_RUN)
                .payload(SdkBytes.fromUtf8String("{}")));
        assertThat(dry.statusCode()).isEqualTo(204);
        long until = System.currentTimeMillis() + 20_000;
        while (engine.engine.logs().read("000000000000", "async-counter", 0, 100).events().stream()
                .noneMatch(e -> e.message().startsWith("REPORT")) && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertThat(invoke("async-counter", "{}", false).payload().asUtf8String()).isEqualTo("2");
    }

    @Test
    void errorsComeBackAsTypedSdkExceptions() {
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName("nope")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Function not found");
        assertThatThrownBy(() -> create("too-small", Hello.class, 100, 3))
                .isInstanceOfSatisfying(LambdaException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value '100' at "
                            + "'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128");
                });
        assertThatThrownBy(() -> lambda.createFunction(b -> b.functionName("py").runtime("python3.12").handler("app.handler")
                        .code(c -> c.zipFile(SdkBytes.fromByteArray(Fixtures.zipOf(Hello.class))))))
                .isInstanceOf(InvalidParameterValueException.class).hasMessageContaining("java17");
        create("limits", Hello.class, 128, 3);
        byte[] big = new byte[7 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '"';
        big[big.length - 1] = '"';
        assertThatThrownBy(() -> lambda.invoke(b -> b.functionName("limits").payload(SdkBytes.fromByteArray(big))))
                .isInstanceOf(RequestTooLargeException.class);
        lambda.putFunctionConcurrency(b -> b.functionName("limits").reservedConcurrentExecutions(0));
        assertThatThrownBy(() -> invoke("limits", "{}", false))
                .isInstanceOfSatisfying(TooManyRequestsException.class,
                        e -> assertThat(e.reasonAsString()).isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded"));
        assertThat(lambda.getFunctionConcurrency(b -> b.functionName("limits")).reservedConcurrentExecutions()).isZero();
        lambda.deleteFunctionConcurrency(b -> b.functionName("limits"));
        assertThat(invoke("limits", "{}", false).statusCode()).isEqualTo(200);
    }

    @Test
    void reservedConcurrencyOfOneThrottlesTheSecondConcurrentCall() throws Exception {
        create("one-at-a-time", Sleeper.class, 128, 10);
        lambda.putFunctionConcurrency(b -> b.functionName("one-at-a-time").reservedConcurrentExecutions(1));
        CompletableFuture<InvokeResponse> first = CompletableFuture.supplyAsync(() -> invoke("one-at-a-time", "{\"ms\":3000}", false));
        Thread.sleep(1500);
        assertThatThrownBy(() -> invoke("one-at-a-time", "{\"ms\":1}", false)).isInstanceOf(TooManyRequestsException.class);
        assertThat(first.get().payload().asUtf8String()).isEqualTo("\"slept\"");
    }

    @Test
    void environmentReachesTheEngineAsItsAwsEndpointWithItsOwnSessionCredentials() {
        create("probe", fixtures.EndpointProbe.class, 256, 10);
        String answer = invoke("probe", "{}", false).payload().asUtf8String();
        assertThat(answer).startsWith("\"http://127.0.0.1:4566 403 MissingAuthenticationTokenException ASIA true ");
    }

    @Test
    void listGetUpdateConfigurationAndDelete() {
        create("crud", Hello.class, 128, 3);
        assertThat(lambda.listFunctions().functions()).anyMatch(f -> f.functionName().equals("crud"));
        var updated = lambda.updateFunctionConfiguration(b -> b.functionName("crud").memorySize(512).timeout(30)
                .environment(e -> e.variables(java.util.Map.of("STAGE", "test"))));
        assertThat(updated.memorySize()).isEqualTo(512);
        assertThat(lambda.getFunctionConfiguration(b -> b.functionName("crud")).environment().variables())
                .containsEntry("STAGE", "test");
        assertThat(lambda.getFunction(b -> b.functionName("crud")).configuration().timeout()).isEqualTo(30);
        assertThat(lambda.getAccountSettings().accountLimit().concurrentExecutions()).isEqualTo(1000);
        lambda.deleteFunction(b -> b.functionName("crud"));
        assertThatThrownBy(() -> lambda.getFunction(b -> b.functionName("crud"))).isInstanceOf(ResourceNotFoundException.class);
    }
}
