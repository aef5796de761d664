package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fixtures.BareValue;
import fixtures.HttpV1Echo;
import fixtures.HttpV2Echo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.BadRequestException;
import software.amazon.awssdk.services.apigatewayv2.model.ConflictException;
import software.amazon.awssdk.services.apigatewayv2.model.CreateApiResponse;
import software.amazon.awssdk.services.apigatewayv2.model.IntegrationType;
import software.amazon.awssdk.services.apigatewayv2.model.NotFoundException;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** HTTP APIs set up with the SDK's ApiGatewayV2Client and called with a plain HTTP client, as a browser would. */
class GatewayIT {
    @TempDir
    static Path data;

    static TestEngine t;
    static ApiGatewayV2Client apigw;
    static LambdaClient lambda;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static CreateApiResponse shop;

    @BeforeAll
    static void start() throws Exception {
        t = TestEngine.start(data);
        apigw = GatewaySetup.client(t);
        lambda = t.lambda();
        create("v2echo", HttpV2Echo.class, 30);
        create("v1echo", HttpV1Echo.class, 30);
        create("bare", BareValue.class, 30);
        shop = apigw.createApi(b -> b.name("shop").protocolType(ProtocolType.HTTP));
        String v2 = GatewaySetup.integration(apigw, shop.apiId(), "v2echo", "2.0", null);
        String v1 = GatewaySetup.integration(apigw, shop.apiId(), "v1echo", "1.0", null);
        String bare = GatewaySetup.integration(apigw, shop.apiId(), "bare", "2.0", null);
        apigw.createRoute(b -> b.apiId(shop.apiId()).routeKey("GET /orders/{id}").target("integrations/" + v2));
        apigw.createRoute(b -> b.apiId(shop.apiId()).routeKey("ANY /items/{proxy+}").target("integrations/" + v1));
        apigw.createRoute(b -> b.apiId(shop.apiId()).routeKey("$default").target("integrations/" + bare));
        apigw.createStage(b -> b.apiId(shop.apiId()).stageName("$default").autoDeploy(true));
        apigw.createStage(b -> b.apiId(shop.apiId()).stageName("prod").autoDeploy(true).stageVariables(Map.of("env", "prod")));
    }

    @AfterAll
    static void stop() {
        apigw.close();
        lambda.close();
        t.close();
    }

    static void create(String name, Class<?> handler, int timeout) {
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).handler(handler.getName() + "::handleRequest")
                .role("arn:aws:iam::000000000000:role/r").memorySize(512).timeout(timeout)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(EventPackages.zipOf(handler)))));
    }

    static HttpResponse<String> send(String method, String url, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void createApiAnswersWhereTheApiIsServed() {
        assertThat(shop.apiEndpoint()).isEqualTo(t.engine.endpoint() + "/_gateway/" + shop.apiId());
        assertThat(shop.apiId()).matches("[a-z0-9]{10}");
        assertThat(shop.protocolType()).isEqualTo(ProtocolType.HTTP);
        assertThat(shop.createdDate()).isNotNull();
        assertThat(apigw.getApis(b -> {}).items()).extracting(a -> a.name()).contains("shop");
        assertThat(apigw.getRoutes(b -> b.apiId(shop.apiId())).items()).extracting(r -> r.routeKey())
                .containsExactly("GET /orders/{id}", "ANY /items/{proxy+}", "$default");
        assertThat(apigw.getIntegrations(b -> b.apiId(shop.apiId())).items()).allSatisfy(i -> {
            assertThat(i.integrationType()).isEqualTo(IntegrationType.AWS_PROXY);
            assertThat(i.timeoutInMillis()).isEqualTo(30000);
        });
    }

    @Test
    void typedV2HandlerGetsTheWholeEventAndItsResponseComesBackAsHttp() throws Exception {
        HttpResponse<String> r = send("GET", shop.apiEndpoint() + "/orders/42?x=1&x=2", null, "X-Tag", "a", "Cookie", "s=1; t=2",
                "User-Agent", "dojo-test");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("Content-Type")).contains("text/plain");
        assertThat(r.headers().firstValue("X-Handler")).contains("v2");
        assertThat(r.headers().allValues("Set-Cookie")).containsExactly("session=abc; HttpOnly", "theme=dark");
        String requestId = r.headers().firstValue("apigw-requestid").orElseThrow();
        String id = shop.apiId();
        assertThat(r.body().split("\n")).containsExactly("version=2.0", "routeKey=GET /orders/{id}", "rawPath=/orders/42",
                "rawQueryString=x=1&x=2", "cookies=[s=1, t=2]", "x-tag=a", "user-agent=dojo-test", "query={x=1,2}",
                "pathParameters={id=42}", "stageVariables=null", "body=null", "isBase64Encoded=false", "accountId=000000000000",
                "apiId=" + id, "domainName=" + id + ".execute-api.localhost", "domainPrefix=" + id, "stage=$default",
                "contextRouteKey=GET /orders/{id}", "requestId=" + requestId, r.body().split("\n")[19], "timeEpochPositive=true",
                "method=GET", "path=/orders/42", "protocol=HTTP/1.1", "sourceIp=127.0.0.1", "userAgent=dojo-test");
        assertThat(r.body().split("\n")[19]).matches("time=\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
    }

    @Test
    void typedV1HandlerGetsTheRestStyleEventOnAGreedyRoute() throws Exception {
        HttpResponse<String> r = send("POST", shop.apiEndpoint() + "/items/a/b?k=1&k=2", "{\"n\":1}", "Content-Type",
                "application/json", "X-Tag", "a", "User-Agent", "dojo-test");
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(r.headers().allValues("Set-Cookie")).containsExactly("a=1", "b=2");
        assertThat(r.body().split("\n")).contains("version=1.0", "resource=/items/{proxy+}", "path=/items/a/b", "httpMethod=POST",
                "x-tag=a", "multi-x-tag=[a]", "query={k=2}", "multiQuery={k=[1, 2]}", "pathParameters={proxy=a/b}",
                "stageVariables=null", "body={\"n\":1}", "isBase64Encoded=false", "accountId=000000000000", "apiId=" + shop.apiId(),
                "resourcePath=/items/{proxy+}", "contextMethod=POST", "contextPath=/items/a/b", "stage=$default",
                "sourceIp=127.0.0.1", "userAgent=dojo-test", "requestTimeEpochPositive=true", "protocol=HTTP/1.1");
    }

    @Test
    void bareValueOnTheDefaultRouteBecomesA200JsonBody() throws Exception {
        HttpResponse<String> r = send("DELETE", shop.apiEndpoint() + "/anything/else", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(new ObjectMapper().readTree(r.body())).isEqualTo(new ObjectMapper()
                .readTree("{\"greeting\":\"hello\",\"rawPath\":\"/anything/else\"}"));
    }

    @Test
    void namedStageServesUnderItsNameWithItsVariables() throws Exception {
        HttpResponse<String> r = send("GET", shop.apiEndpoint() + "/prod/orders/7", null);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.body().split("\n")).contains("rawPath=/prod/orders/7", "path=/prod/orders/7", "stage=prod",
                "stageVariables={env=prod}", "pathParameters={id=7}");
    }

    @Test
    void hostHeaderOfTheApiServesTheSameRoutes() throws Exception {
        String reply = GatewaySetup.rawGet(t.engine.port(), shop.apiId() + ".execute-api.localhost", "/orders/9");
        assertThat(reply).startsWith("HTTP/1.1 201").contains("pathParameters={id=9}").contains("rawPath=/orders/9");
    }

    @Test
    void unknownApiMissingStageAndUnmatchedRouteAreNotFound() throws Exception {
        assertThat(send("GET", t.engine.endpoint() + "/_gateway/zzzzzzzzzz/orders/1", null))
                .satisfies(r -> assertThat(r.statusCode() + " " + r.body()).isEqualTo("404 {\"message\":\"Not Found\"}"));
        String bareApi = apigw.createApi(b -> b.name("no-stage").protocolType(ProtocolType.HTTP)).apiId();
        String i = GatewaySetup.integration(apigw, bareApi, "v2echo", "2.0", null);
        apigw.createRoute(b -> b.apiId(bareApi).routeKey("GET /orders/{id}").target("integrations/" + i));
        String url = t.engine.endpoint() + "/_gateway/" + bareApi;
        assertThat(send("GET", url + "/orders/1", null).statusCode()).isEqualTo(404);
        apigw.createStage(b -> b.apiId(bareApi).stageName("$default").autoDeploy(true));
        assertThat(send("GET", url + "/orders/1", null).statusCode()).isEqualTo(201);
        assertThat(send("GET", url + "/orders", null)).satisfies(r -> assertThat(r.statusCode() + " " + r.body())
                .isEqualTo("404 {\"message\":\"Not Found\"}"));
        assertThat(send("POST", url + "/orders/1", null).statusCode()).isEqualTo(404);
    }

    @Test
    void sdkSeesApiGatewayErrorCodesWithMessagesThatSayWhatToDo() {
        assertThatThrownBy(() -> apigw.createRoute(b -> b.apiId(shop.apiId()).routeKey("GET orders")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("the path must start with '/'");
        assertThatThrownBy(() -> apigw.createRoute(b -> b.apiId(shop.apiId()).routeKey("GET /orders/{id}")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Route with key GET /orders/{id} already exists");
        assertThatThrownBy(() -> apigw.getApi(b -> b.apiId("nope")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Invalid API identifier specified");
        assertThatThrownBy(() -> apigw.createIntegration(b -> b.apiId(shop.apiId()).integrationType(IntegrationType.AWS_PROXY)
                .integrationUri("arn:aws:lambda:us-east-1:000000000000:function:v2echo")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("needs payloadFormatVersion 1.0 or 2.0");
        String used = apigw.getRoutes(b -> b.apiId(shop.apiId())).items().get(0).target().substring("integrations/".length());
        assertThatThrownBy(() -> apigw.deleteIntegration(b -> b.apiId(shop.apiId()).integrationId(used)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Delete or retarget the route first");
    }
}
