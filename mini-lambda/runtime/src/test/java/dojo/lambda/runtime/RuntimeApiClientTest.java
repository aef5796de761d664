package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuntimeApiClientTest {
    private HttpServer server;
    private RuntimeApiClient client;
    private volatile int status;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        server.createContext("/2018-06-01/runtime/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().endsWith("/next")) {
                exchange.getResponseHeaders().put("Lambda-Runtime-Deadline-Ms", List.of("1700000000123"));
                exchange.getResponseHeaders().put("Lambda-Runtime-Client-Context", List.of("{\"custom\":{}}"));
                if (status == 200) {
                    exchange.getResponseHeaders().put("Lambda-Runtime-Aws-Request-Id", List.of("id-7"));
                }
            }
            byte[] body = "{\"errorMessage\":\"from the API\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        client = new RuntimeApiClient(new HttpConnection("127.0.0.1", server.getAddress().getPort(), 500));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsTheInvocationHeadersAndBody() {
        status = 200;

        Invocation invocation = client.next();

        assertThat(invocation.requestId()).isEqualTo("id-7");
        assertThat(invocation.deadlineMillis()).isEqualTo(1_700_000_000_123L);
        assertThat(invocation.clientContextJson()).isEqualTo("{\"custom\":{}}");
        assertThat(invocation.cognitoIdentityJson()).isNull();
        assertThat(invocation.event().text()).isEqualTo("{\"errorMessage\":\"from the API\"}");
    }

    @Test
    void treatsAFailedLongPollAsAPlatformFault() {
        status = 500;

        assertThatThrownBy(client::next).isInstanceOf(RuntimeApiException.class)
                .hasMessage("GET /invocation/next expected status 200 but got 500: {\"errorMessage\":\"from the API\"}");
    }

    @Test
    void acceptsTheTooLargeAnswerToAResponse() {
        status = 413;

        assertThatCode(() -> client.postResponse("id-7", Payload.utf8("\"big\""))).doesNotThrowAnyException();
    }

    @Test
    void treatsAnOutOfOrderCallAsAPlatformFault() {
        status = 403;

        assertThatThrownBy(() -> client.postError("id-7", FunctionErrorType.USER_EXCEPTION,
                        new ErrorReport("m", "t", List.of())))
                .isInstanceOf(RuntimeApiException.class)
                .hasMessage("POST /invocation/id-7/error expected status 202 but got 403: {\"errorMessage\":\"from the API\"}");
    }
}
