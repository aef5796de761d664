package dojo.lambda.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small but real Runtime API server for tests: events queued by the test are handed out by
 * {@code GET /invocation/next} (which blocks until one is queued), and every response and error
 * post is recorded with its path, error-type header and body.
 */
final class FakeRuntimeApi implements AutoCloseable {
    record Event(String requestId, long deadlineMillis, String body, Map<String, String> extraHeaders) {}

    record Post(String path, String errorType, String body, long receivedNanos) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();
    private final BlockingQueue<Long> nextCalls = new LinkedBlockingQueue<>();

    FakeRuntimeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/2018-06-01/runtime/", this::route);
        server.setExecutor(executor);
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void enqueue(String requestId, String body) {
        enqueue(new Event(requestId, System.currentTimeMillis() + 60_000, body, Map.of()));
    }

    void enqueue(Event event) {
        events.add(event);
    }

    /** The next response or error post, waiting up to the given seconds; fails the test when none came. */
    Post awaitPost(int seconds) throws InterruptedException {
        Post post = posts.poll(seconds, TimeUnit.SECONDS);
        if (post == null) {
            throw new AssertionError("no post to the Runtime API within " + seconds + " s");
        }
        return post;
    }

    /** System.nanoTime() of the next GET /invocation/next, waiting up to the given seconds. */
    long awaitNextCall(int seconds) throws InterruptedException {
        Long at = nextCalls.poll(seconds, TimeUnit.SECONDS);
        if (at == null) {
            throw new AssertionError("no GET /invocation/next within " + seconds + " s");
        }
        return at;
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("GET") && path.endsWith("/invocation/next")) {
                nextCalls.add(System.nanoTime());
                Event event = events.take();
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", event.requestId());
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(event.deadlineMillis()));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                        "arn:aws:lambda:us-east-1:000000000000:function:test");
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000001");
                event.extraHeaders().forEach(exchange.getResponseHeaders()::add);
                send(exchange, 200, event.body());
            } else if (exchange.getRequestMethod().equals("POST")) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                posts.add(new Post(path.substring("/2018-06-01/runtime".length()),
                        exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"), body, System.nanoTime()));
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else {
                send(exchange, 404, "{\"errorMessage\":\"unknown path\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
