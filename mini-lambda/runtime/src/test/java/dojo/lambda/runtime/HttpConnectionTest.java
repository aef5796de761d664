package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {
    private HttpServer server;
    private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();

    private int startServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 8);
        server.createContext("/fixed", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            byte[] body = exchange.getRequestBody().readAllBytes();
            byte[] answer = ("got " + body.length + " " + exchange.getRequestHeaders().getFirst("X-Probe"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("first part, ".getBytes(StandardCharsets.UTF_8));
                out.flush();
                out.write("second part".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
        return server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void sendsHeadersAndBodyAndReadsAContentLengthResponse() throws IOException {
        int port = startServer(0);
        try (HttpConnection http = new HttpConnection("127.0.0.1", port, 500)) {
            HttpResponse response = http.exchange("POST", "/fixed", Map.of("X-Probe", "yes"), new byte[] {1, 2, 3});

            assertThat(response.status()).isEqualTo(202);
            assertThat(response.body().text()).isEqualTo("got 3 yes");
        }
    }

    @Test
    void keepsOneConnectionAcrossRequests() throws IOException {
        int port = startServer(0);
        try (HttpConnection http = new HttpConnection("127.0.0.1", port, 500)) {
            for (int i = 0; i < 3; i++) {
                http.exchange("GET", "/fixed", Map.of(), null);
            }
        }

        assertThat(clientPorts).hasSize(3).containsOnly(clientPorts.get(0));
    }

    @Test
    void readsAChunkedResponse() throws IOException {
        int port = startServer(0);
        try (HttpConnection http = new HttpConnection("127.0.0.1", port, 500)) {
            assertThat(http.exchange("GET", "/chunked", Map.of(), null).body().text()).isEqualTo("first part, second part");
            assertThat(http.exchange("GET", "/fixed", Map.of(), null).body().text()).isEqualTo("got 0 null");
        }
    }

    @Test
    void retriesTheConnectionUntilTheServerStartsListening() throws Exception {
        int port = freePort();
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(300);
                startServer(port);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        late.start();
        try (HttpConnection http = new HttpConnection("127.0.0.1", port, 3_000)) {
            assertThat(http.exchange("GET", "/fixed", Map.of(), null).status()).isEqualTo(202);
        } finally {
            late.join();
        }
    }

    @Test
    void givesUpAfterTheConnectBudgetNamingTheAddress() throws IOException {
        int port = freePort();
        try (HttpConnection http = new HttpConnection("127.0.0.1", port, 100)) {
            assertThatThrownBy(() -> http.exchange("GET", "/fixed", Map.of(), null))
                    .isInstanceOf(ConnectException.class)
                    .hasMessageStartingWith("Could not connect to the Runtime API at 127.0.0.1:" + port + " within 100 ms: ")
                    .hasMessageEndingWith(". The environment's Runtime API relay is not listening.");
        }
    }

    @Test
    void resendsOnceWhenTheServerClosedTheIdleConnection() throws Exception {
        try (ServerSocket oneShot = new ServerSocket(0)) {
            Thread serverThread = new Thread(() -> answerOncePerConnection(oneShot, 2));
            serverThread.start();
            try (HttpConnection http = new HttpConnection("127.0.0.1", oneShot.getLocalPort(), 500)) {
                assertThat(http.exchange("GET", "/a", Map.of(), null).body().text()).isEqualTo("answer 1");
                Thread.sleep(100); // let the server's close arrive before the next request
                assertThat(http.exchange("GET", "/b", Map.of(), null).body().text()).isEqualTo("answer 2");
            }
            serverThread.join(2_000);
        }
    }

    @Test
    void repeatsALongPollThatTheServerClosedWithoutAnswer() throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            Thread serverThread = new Thread(() -> {
                try (Socket dropped = listener.accept()) {
                    dropped.getInputStream().read();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                answerOncePerConnection(listener, 1);
            });
            serverThread.start();
            try (HttpConnection http = new HttpConnection("127.0.0.1", listener.getLocalPort(), 500)) {
                assertThat(http.exchange("GET", "/next", Map.of(), null).body().text()).isEqualTo("answer 1");
            }
            serverThread.join(2_000);
        }
    }

    /** Answers one request per connection with a Content-Length response, then closes without saying so. */
    private static void answerOncePerConnection(ServerSocket listener, int connections) {
        for (int i = 1; i <= connections; i++) {
            try (Socket socket = listener.accept()) {
                InputStream in = socket.getInputStream();
                int matched = 0;
                while (matched < 4) {
                    int b = in.read();
                    matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
                }
                String body = "answer " + i;
                socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
