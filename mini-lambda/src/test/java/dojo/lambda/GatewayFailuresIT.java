package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import fixtures.Failing;
import fixtures.HttpV2Echo;
import fixtures.MalformedHttp;
import fixtures.SlowHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** What a client of an HTTP API sees when the function fails, is slow, is throttled, and after a restart. */
class GatewayFailuresIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path data;

    private static void create(LambdaClient lambda, String name, Class<?> handler, int timeout) {
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).handler(handler.getName() + "::handleRequest")
                .role("arn:aws:iam::000000000000:role/r").memorySize(512).timeout(timeout)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(EventPackages.zipOf(handler)))));
    }

    /** Quick create: an API whose $default route and stage send everything to {@code function} (payload 2.0). */
    private static String quickApi(ApiGatewayV2Client apigw, String function, Integer timeoutMillis) {
        String apiId = apigw.createApi(b -> b.name(function + "-api").protocolType(ProtocolType.HTTP)
                .target("arn:aws:lambda:us-east-1:000000000000:function:" + function)).apiId();
        if (timeoutMillis != null) {
            String old = apigw.getIntegrations(b -> b.apiId(apiId)).items().get(0).integrationId();
            String route = apigw.getRoutes(b -> b.apiId(apiId)).items().get(0).routeId();
            apigw.deleteRoute(b -> b.apiId(apiId).routeId(route));
            apigw.deleteIntegration(b -> b.apiId(apiId).integrationId(old));
            String slow = GatewaySetup.integration(apigw, apiId, function, "2.0", timeoutMillis);
            apigw.createRoute(b -> b.apiId(apiId).routeKey("$default").target("integrations/" + slow));
        }
        return apiId;
    }

    private static String get(TestEngine t, String apiId, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(t.engine.endpoint() + "/_gateway/" + apiId + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    @Test
    void functionErrorsMalformedResponsesTimeoutsAndThrottlingGetApiGatewaysAnswers() throws Exception {
        try (TestEngine t = TestEngine.start(data); ApiGatewayV2Client apigw = GatewaySetup.client(t); LambdaClient lambda = t.lambda()) {
            create(lambda, "failing", Failing.class, 10);
            create(lambda, "malformed", MalformedHttp.class, 10);
            create(lambda, "slow", SlowHttp.class, 60);
            create(lambda, "slow-function", SlowHttp.class, 1);

            assertThat(get(t, quickApi(apigw, "failing", null), "/x")).isEqualTo("502 {\"message\":\"Internal Server Error\"}");
            assertThat(get(t, quickApi(apigw, "malformed", null), "/x")).isEqualTo("502 {\"message\":\"Internal Server Error\"}");

            // the integration waits 2 s; a cold start counts against it as on AWS, so warm the function first
            String slowApi = quickApi(apigw, "slow", 2000);
            lambda.invoke(b -> b.functionName("slow").payload(SdkBytes.fromUtf8String("{\"queryStringParameters\":{\"ms\":\"1\"}}")));
            assertThat(get(t, slowApi, "/warm?ms=1")).isEqualTo("200 done");
            long started = System.nanoTime();
            assertThat(get(t, slowApi, "/x?ms=8000")).isEqualTo("504 {\"message\":\"Endpoint request timed out\"}");
            assertThat((System.nanoTime() - started) / 1_000_000).isBetween(2000L, 6000L);

            // the function's own timeout ends the invocation with an error before the gateway gives up: 502, as on AWS
            assertThat(get(t, quickApi(apigw, "slow-function", null), "/x?ms=3000")).isEqualTo("502 {\"message\":\"Internal Server Error\"}");

            lambda.putFunctionConcurrency(b -> b.functionName("slow").reservedConcurrentExecutions(0));
            assertThat(get(t, slowApi, "/x?ms=1")).isEqualTo("429 {\"message\":\"Too Many Requests\"}");

            lambda.deleteFunction(b -> b.functionName("failing"));
            assertThat(get(t, apigw.getApis(b -> {}).items().get(0).apiId(), "/x")).isEqualTo("500 {\"message\":\"Internal Server Error\"}");
        }
    }

    @Test
    void quickCreatedApiSurvivesAnEngineRestart() throws Exception {
        String apiId;
        try (TestEngine t = TestEngine.start(data); ApiGatewayV2Client apigw = GatewaySetup.client(t)) {
            try (LambdaClient lambda = t.lambda()) {
                create(lambda, "echo", HttpV2Echo.class, 30);
            }
            apiId = quickApi(apigw, "echo", null);
            assertThat(apigw.getStages(b -> b.apiId(apiId)).items()).singleElement()
                    .satisfies(s -> assertThat(s.stageName() + " " + s.autoDeploy()).isEqualTo("$default true"));
        }
        try (TestEngine t = TestEngine.start(data); ApiGatewayV2Client apigw = GatewaySetup.client(t)) {
            assertThat(apigw.getApi(b -> b.apiId(apiId)).name()).isEqualTo("echo-api");
            assertThat(get(t, apiId, "/orders/1")).startsWith("201 version=2.0\nrouteKey=$default\nrawPath=/orders/1");
            apigw.deleteApi(b -> b.apiId(apiId));
            assertThat(get(t, apiId, "/orders/1")).isEqualTo("404 {\"message\":\"Not Found\"}");
        }
    }
}
