package dojo.lambda.env;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Lambda Runtime API of one execution environment, served on a Unix domain socket that is
 * bound into the sandbox (a relay inside makes it {@code 127.0.0.1:9001} there, as on AWS).
 *
 * <pre>
 *   INIT --GET next--> WAITING --deliver--> RUNNING --POST response|error--> WAITING ...
 *     \--POST init/error--> failed
 * </pre>
 *
 * One invocation at a time: {@link #deliver} may only be called once the previous reply arrived.
 * Threads: one acceptor, one per connection (the runtime keeps one connection alive).
 */
final class RuntimeApiServer implements AutoCloseable {
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100; // AWS: 6291556 bytes
    private static final String BASE = "/2018-06-01/runtime";

    private final ServerSocketChannel server;
    private final Path socket;
    private final LinkedBlockingQueue<RuntimeEvent> pending = new LinkedBlockingQueue<>();
    private final List<SocketChannel> connections = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> initDone = new CompletableFuture<>();
    private volatile RuntimeEvent running;
    private volatile CompletableFuture<RuntimeReply> reply;
    private volatile boolean closed;

    RuntimeApiServer(Path socket, String name) throws IOException {
        this.socket = socket;
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        // The sandbox runs as an unprivileged user; the directory around the socket is private.
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
        Thread acceptor = new Thread(this::acceptLoop, "runtime-api-" + name);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Completes when the runtime first asks for an invocation; fails with the init error's reply. */
    CompletableFuture<Void> initDone() {
        return initDone;
    }

    /** Hands an invocation to the runtime; the future completes with its response or error. */
    CompletableFuture<RuntimeReply> deliver(RuntimeEvent event) {
        CompletableFuture<RuntimeReply> f = new CompletableFuture<>();
        reply = f;
        pending.add(event);
        return f;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SocketChannel ch = server.accept();
                connections.add(ch);
                Thread t = new Thread(() -> serve(ch), Thread.currentThread().getName() + "-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(SocketChannel ch) {
        try (ch) {
            InputStream in = new BufferedInputStream(Channels.newInputStream(ch), 16 * 1024);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 16 * 1024);
            for (HttpMessage req = HttpMessage.read(in, MAX_RESPONSE_BYTES);
                    req != null && !closed;
                    req = HttpMessage.read(in, MAX_RESPONSE_BYTES)) {
                handle(req, out);
            }
        } catch (IOException | InterruptedException e) {
            // the runtime went away or the environment is closing; the environment notices
        } finally {
            connections.remove(ch);
        }
    }

    private void handle(HttpMessage req, OutputStream out) throws IOException, InterruptedException {
        String path = req.path();
        if (req.method().equals("GET") && path.equals(BASE + "/invocation/next")) {
            next(out);
        } else if (req.method().equals("POST") && path.equals(BASE + "/init/error")) {
            initDone.completeExceptionally(new InitFailure(req.body(), req.headers().get("lambda-runtime-function-error-type")));
            accepted(out);
        } else if (req.method().equals("POST") && path.startsWith(BASE + "/invocation/")) {
            String rest = path.substring((BASE + "/invocation/").length());
            int slash = rest.indexOf('/');
            String id = slash < 0 ? rest : rest.substring(0, slash);
            String verb = slash < 0 ? "" : rest.substring(slash + 1);
            if (!verb.equals("response") && !verb.equals("error")) {
                error(out, 404, "InvalidRequest", "Unknown Runtime API path: " + path);
            } else {
                answer(req, out, id, verb);
            }
        } else {
            error(out, 404, "InvalidRequest", "Unknown Runtime API path: " + req.method() + " " + path);
        }
    }

    private void next(OutputStream out) throws IOException, InterruptedException {
        initDone.complete(null);
        RuntimeEvent event = null;
        while (event == null) {
            if (closed) {
                return;
            }
            event = pending.poll(1, TimeUnit.SECONDS);
        }
        running = event;
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.put("Lambda-Runtime-Aws-Request-Id", event.requestId());
        h.put("Lambda-Runtime-Deadline-Ms", Long.toString(event.deadlineEpochMs()));
        h.put("Lambda-Runtime-Invoked-Function-Arn", event.functionArn());
        h.put("Lambda-Runtime-Trace-Id", event.traceId());
        if (event.clientContext() != null) {
            h.put("Lambda-Runtime-Client-Context", event.clientContext());
        }
        if (event.cognitoIdentity() != null) {
            h.put("Lambda-Runtime-Cognito-Identity", event.cognitoIdentity());
        }
        HttpMessage.respond(out, 200, h, event.payload());
    }

    private void answer(HttpMessage req, OutputStream out, String id, String verb) throws IOException {
        RuntimeEvent current = running;
        if (current == null) {
            error(out, 403, "InvalidStateTransition", "No invocation is in progress for request id " + id);
            return;
        }
        if (!current.requestId().equals(id)) {
            error(out, 400, "InvalidRequestID", "Invalid request ID: expected " + current.requestId() + ", got " + id);
            return;
        }
        running = null;
        CompletableFuture<RuntimeReply> f = reply;
        if (req.body() == HttpMessage.TOO_LARGE) {
            error(out, 413, "RequestEntityTooLarge", "Response payload size exceeded maximum allowed payload size (6291556 bytes).");
            f.complete(new RuntimeReply(RuntimeReply.Kind.RESPONSE_TOO_LARGE, new byte[0], null));
            return;
        }
        accepted(out);
        if (verb.equals("response")) {
            f.complete(new RuntimeReply(RuntimeReply.Kind.RESPONSE, req.body(), null));
        } else {
            f.complete(new RuntimeReply(RuntimeReply.Kind.ERROR, req.body(), req.headers().get("lambda-runtime-function-error-type")));
        }
    }

    private static void accepted(OutputStream out) throws IOException {
        HttpMessage.respond(out, 202, Map.of("Content-Type", "application/json"), "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static void error(OutputStream out, int status, String type, String message) throws IOException {
        String body = "{\"errorMessage\":" + Json.quote(message) + ",\"errorType\":\"" + type + "\"}";
        HttpMessage.respond(out, status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (SocketChannel ch : connections) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException ignored) {
            // the environment directory is removed as a whole
        }
    }

    /** The runtime reported that INIT failed; carries its error body and type. */
    static final class InitFailure extends RuntimeException {
        private final transient byte[] body;
        private final String errorType;

        InitFailure(byte[] body, String errorType) {
            super("init error " + errorType, null, false, false);
            this.body = body;
            this.errorType = errorType;
        }

        byte[] body() {
            return body;
        }

        String errorType() {
            return errorType;
        }
    }
}
