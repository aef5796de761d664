package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.InstantSource;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvocationLoopTest {
    private FakeRuntimeApi api;
    private RuntimeApiClient client;

    @BeforeEach
    void start() throws Exception {
        api = new FakeRuntimeApi();
        client = new RuntimeApiClient(new HttpConnection("127.0.0.1", api.port(), 1_000));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private InvocationLoop loopFor(String handler) {
        File root = new File("target/test-classes");
        LambdaHandler resolved = new HandlerResolver(getClass().getClassLoader(), root).resolve(handler);
        return new InvocationLoop(client, resolved, TestInvocations.environment(), new StdoutLogger(),
                InstantSource.fixed(TestInvocations.NOW));
    }

    private FakeRuntimeApi.Post serveOne(String handler, String requestId, String event) throws Exception {
        InvocationLoop loop = loopFor(handler);
        api.enqueue(requestId, event);
        loop.serve(client.next());
        return api.awaitPost(5);
    }

    @Test
    void postsTheHandlersResponse() throws Exception {
        FakeRuntimeApi.Post post = serveOne("fixtures.Hello", "r-1", "\"Ada\"");

        assertThat(post.path()).isEqualTo("/invocation/r-1/response");
        assertThat(post.body()).isEqualTo("\"Hello, Ada\"");
        assertThat(post.errorType()).isNull();
    }

    @Test
    void postsAHandlerExceptionAsAUserExceptionWithTheLearnersFramesOnly() throws Exception {
        FakeRuntimeApi.Post post = serveOne("fixtures.Failing", "r-2", "\"o-9\"");

        assertThat(post.path()).isEqualTo("/invocation/r-2/error");
        assertThat(post.errorType()).isEqualTo("Runtime.UserException");
        assertThat(post.body()).isEqualTo("{\"errorMessage\":\"order o-9 is not valid\","
                + "\"errorType\":\"java.lang.IllegalStateException\","
                + "\"stackTrace\":[\"fixtures.Failing.check(Failing.java:14)\",\"fixtures.Failing.handleRequest(Failing.java:10)\"]}");
    }

    @Test
    void postsAnUndecodableEventAsAUserException() throws Exception {
        FakeRuntimeApi.Post post = serveOne("fixtures.OrderHandler", "r-3", "\"not an order\"");

        assertThat(post.errorType()).isEqualTo("Runtime.UserException");
        assertThat(post.body()).startsWith("{\"errorMessage\":\"An error occurred during JSON parsing: expected fixtures.Order, "
                + "found a JSON string: \\\"not an order\\\" (");
    }

    @Test
    void fillsTheContextAndTheTraceHeaderProperty() throws Exception {
        FakeRuntimeApi.Post post = serveOne("fixtures.ContextProbe::probe", "r-4", "{}");

        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) JsonReader.parse(post.body());
        assertThat(seen).containsEntry("requestId", "r-4")
                .containsEntry("functionName", "hello")
                .containsEntry("version", "$LATEST")
                .containsEntry("arn", "arn:aws:lambda:us-east-1:000000000000:function:test")
                .containsEntry("memory", 256L)
                .containsEntry("logGroup", "/aws/lambda/hello")
                .containsEntry("traceProperty", "Root=1-00000000-000000000000000000000001");
    }

    @Test
    void computesTheRemainingTimeFromTheDeadlineHeader() {
        assertThat(TestInvocations.context().getRemainingTimeInMillis()).isEqualTo(2_500);
    }

    @Test
    void readsTheClientContextAndCognitoIdentityHeaders() {
        Invocation invocation = new Invocation("r", 0, "arn", null,
                "{\"client\":{\"installation_id\":\"i-1\",\"app_title\":\"Dojo\"},\"custom\":{\"k\":\"v\"},\"env\":{\"platform\":\"Android\"}}",
                "{\"cognitoIdentityId\":\"id-1\",\"cognitoIdentityPoolId\":\"pool-1\"}", null, Payload.EMPTY);
        InvocationContext context = new InvocationContext(TestInvocations.environment(), invocation, new StdoutLogger(),
                InstantSource.fixed(TestInvocations.NOW));

        assertThat(context.getClientContext().getClient().getInstallationId()).isEqualTo("i-1");
        assertThat(context.getClientContext().getClient().getAppTitle()).isEqualTo("Dojo");
        assertThat(context.getClientContext().getCustom()).containsEntry("k", "v");
        assertThat(context.getClientContext().getEnvironment()).containsEntry("platform", "Android");
        assertThat(context.getIdentity().getIdentityPoolId()).isEqualTo("pool-1");
        assertThat(context.getRemainingTimeInMillis()).isZero();
    }

    @Test
    void leavesOptionalContextPartsNullWhenTheHeadersAreAbsent() {
        assertThat(TestInvocations.context().getClientContext()).isNull();
        assertThat(TestInvocations.context().getIdentity()).isNull();
    }
}
