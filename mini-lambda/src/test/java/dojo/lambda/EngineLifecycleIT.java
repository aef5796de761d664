package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.account.Account;
import dojo.lambda.env.EnvironmentEvent;
import dojo.lambda.function.CreateFunctionRequest;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.invoke.InvokeResult;
import dojo.lambda.invoke.Outcome;
import fixtures.BackgroundTicker;
import fixtures.Counter;
import fixtures.Failing;
import fixtures.Hello;
import fixtures.Recorder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** Environment lifecycle, accounts, persistence and async delivery through the in-process API. */
class EngineLifecycleIT {
    private static final String ACCOUNT = "000000000000";

    @TempDir
    Path data;

    private static EngineConfig config(Path data) {
        return EngineConfig.defaults(data).withPort(0).withIdleTimeout(Duration.ofSeconds(1))
                .withAsyncRetryDelays(List.of(Duration.ofMillis(200), Duration.ofMillis(300)));
    }

    private static DeployedFunction deploy(Engine e, String account, String name, Class<?> handler) {
        return e.functions().create(account, CreateFunctionRequest.of(name, "java17", handler.getName() + "::handleRequest")
                .withMemorySize(256).withTimeout(10), Fixtures.zipOf(handler));
    }

    private static InvokeResult invoke(Engine e, String account, String name, String payload) {
        return e.invoker().invoke(e.functions().get(account, name), payload.getBytes(StandardCharsets.UTF_8), null, false);
    }

    @Test
    void idleEnvironmentIsReapedAndTheNextCallIsCold() throws Exception {
        try (Engine e = Engine.start(config(data))) {
            deploy(e, ACCOUNT, "reaped", Counter.class);
            assertThat(invoke(e, ACCOUNT, "reaped", "{}").coldStart()).isTrue();
            assertThat(invoke(e, ACCOUNT, "reaped", "{}").coldStart()).isFalse();
            Thread.sleep(3000);
            InvokeResult after = invoke(e, ACCOUNT, "reaped", "{}");
            assertThat(after.coldStart()).isTrue();
            assertThat(after.payloadAsString()).isEqualTo("1");
            assertThat(e.timeline(ACCOUNT, "reaped")).extracting(EnvironmentEvent::kind)
                    .contains(EnvironmentEvent.Kind.COLD_START, EnvironmentEvent.Kind.FROZEN, EnvironmentEvent.Kind.REAPED);
        }
    }

    @Test
    void frozenEnvironmentsBackgroundThreadsDoNotRunBetweenInvocations() throws Exception {
        try (Engine e = Engine.start(config(data).withIdleTimeout(Duration.ofMinutes(5)))) {
            deploy(e, ACCOUNT, "ticker", BackgroundTicker.class);
            invoke(e, ACCOUNT, "ticker", "{}");
            int before = Integer.parseInt(invoke(e, ACCOUNT, "ticker", "{}").payloadAsString());
            Thread.sleep(1500);
            int after = Integer.parseInt(invoke(e, ACCOUNT, "ticker", "{}").payloadAsString());
            // running, the ticker would add ~150 ticks in 1.5 s; frozen, it adds only what runs during invocations
            assertThat(after - before).isLessThan(30);
        }
    }

    @Test
    void provisionedEnvironmentsAreInitialisedAheadOfCalls() {
        try (Engine e = Engine.start(config(data).withIdleTimeout(Duration.ofMinutes(5)))) {
            deploy(e, ACCOUNT, "provisioned", Hello.class);
            e.provision(ACCOUNT, "provisioned", 1);
            InvokeResult r = invoke(e, ACCOUNT, "provisioned", "{}");
            assertThat(r.coldStart()).isFalse();
            assertThat(r.payloadAsString()).contains("provisioned-concurrency");
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void accountsCannotSeeOrTouchEachOthersFunctions() throws Exception {
        try (TestEngine t = TestEngine.start(config(data))) {
            Account other = t.engine.accounts().create();
            deploy(t.engine, ACCOUNT, "mine", Hello.class);
            try (LambdaClient theirs = t.lambda(other.accessKeyId(), other.secretAccessKey())) {
                assertThat(theirs.listFunctions().functions()).isEmpty();
                assertThatThrownBy(() -> theirs.getFunction(b -> b.functionName("mine"))).isInstanceOf(ResourceNotFoundException.class);
                assertThatThrownBy(() -> theirs.invoke(b -> b.functionName("arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:mine")))
                        .isInstanceOf(ResourceNotFoundException.class);
                assertThatThrownBy(() -> theirs.deleteFunction(b -> b.functionName("mine"))).isInstanceOf(ResourceNotFoundException.class);
            }
            assertThat(t.engine.functions().get(ACCOUNT, "mine")).isNotNull();
        }
    }

    @Test
    void badlySignedRequestsGetAwsForbiddenErrors() throws Exception {
        try (TestEngine t = TestEngine.start(config(data)); LambdaClient wrong = t.lambda("test", "not-the-secret");
                LambdaClient unknown = t.lambda("AKIANOSUCHKEY0000000", "x")) {
            assertThatThrownBy(wrong::listFunctions).isInstanceOfSatisfying(LambdaException.class, ex -> {
                assertThat(ex.statusCode()).isEqualTo(403);
                assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
            });
            assertThatThrownBy(unknown::listFunctions).isInstanceOfSatisfying(LambdaException.class, ex -> {
                assertThat(ex.statusCode()).isEqualTo(403);
                assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
            });
            var unsigned = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(t.engine.endpoint() + "/2015-03-31/functions")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(unsigned.statusCode()).isEqualTo(403);
            assertThat(unsigned.headers().firstValue("x-amzn-ErrorType")).contains("MissingAuthenticationTokenException");
        }
    }

    @Test
    void functionsCodeAndLogsSurviveARestart() throws Exception {
        try (Engine e = Engine.start(config(data))) {
            deploy(e, ACCOUNT, "durable", Hello.class);
            assertThat(invoke(e, ACCOUNT, "durable", "{\"name\":\"before\"}").outcome()).isEqualTo(Outcome.SUCCESS);
        }
        try (Engine e = Engine.start(config(data))) {
            InvokeResult r = invoke(e, ACCOUNT, "durable", "{\"name\":\"after\"}");
            assertThat(r.payloadAsString()).contains("Hello, after!");
            assertThat(e.logs().read(ACCOUNT, "durable", 0, 1000).events()).extracting(l -> l.message())
                    .anyMatch(m -> m.equals("hello from durable") || m.startsWith("hello from durable"))
                    .filteredOn(m -> m.startsWith("REPORT")).hasSize(2);
            assertThat(e.billing().usage(ACCOUNT, "durable", java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(5))).hasSize(2);
        }
    }

    @Test
    void failingAsyncEventIsRetriedTwiceThenSentToItsOnFailureDestination() throws Exception {
        try (TestEngine t = TestEngine.start(config(data)); LambdaClient lambda = t.lambda()) {
            deploy(t.engine, ACCOUNT, "flaky", Failing.class);
            deploy(t.engine, ACCOUNT, "dead-letters", Recorder.class);
            lambda.putFunctionEventInvokeConfig(b -> b.functionName("flaky").destinationConfig(d -> d.onFailure(
                    f -> f.destination("arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:dead-letters"))));
            lambda.invoke(b -> b.functionName("flaky").invocationType("Event").payload(SdkBytes.fromUtf8String("\"job-7\"")));
            String recorded = null;
            for (int i = 0; i < 200 && recorded == null; i++) {
                Thread.sleep(100);
                recorded = t.engine.logs().read(ACCOUNT, "dead-letters", 0, 100).events().stream().map(l -> l.message())
                        .filter(m -> m.startsWith("RECORDED ")).findFirst().orElse(null);
            }
            assertThat(recorded).contains("\"condition\":\"RetriesExhausted\"").contains("\"approximateInvokeCount\":3")
                    .contains("\"requestPayload\":\"job-7\"").contains("\"functionError\":\"Unhandled\"")
                    .contains("boom: job-7");
            assertThat(t.engine.logs().read(ACCOUNT, "flaky", 0, 1000).events()).filteredOn(l -> l.message().startsWith("START")).hasSize(3);
        }
    }
}
