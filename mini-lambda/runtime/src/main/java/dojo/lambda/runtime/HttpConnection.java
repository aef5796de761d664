package dojo.lambda.runtime;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client on one persistent socket, enough for the Runtime API: requests with
 * Content-Length bodies, responses with Content-Length, chunked or read-to-close bodies. There is
 * no read timeout because {@code GET next} is a long poll. Not thread-safe: the runtime has one
 * invocation thread.
 */
final class HttpConnection implements Closeable {
    private final String host;
    private final int port;
    private final long connectBudgetMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** @param connectBudgetMillis how long to keep retrying a refused connection (the relay may start late) */
    HttpConnection(String host, int port, long connectBudgetMillis) {
        this.host = host;
        this.port = port;
        this.connectBudgetMillis = connectBudgetMillis;
    }

    HttpResponse exchange(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        boolean reused = socket != null;
        try {
            return exchangeOnce(method, path, headers, body);
        } catch (StaleConnection stale) {
            close();
            // Resend once when the server closed an idle keep-alive connection before answering, or
            // closed a long poll (a GET is safe to repeat); a fresh POST that got no answer is not.
            if (!reused && !method.equals("GET")) {
                throw stale;
            }
            return exchangeOnce(method, path, headers, body);
        }
    }

    private HttpResponse exchangeOnce(String method, String path, Map<String, String> headers, byte[] body)
            throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            writeRequest(method, path, headers, body);
        } catch (IOException e) {
            throw new StaleConnection(e);
        }
        try {
            HttpResponse response = HttpResponseReader.read(in);
            if (response == null) {
                throw new StaleConnection(new IOException("connection closed before a response arrived"));
            }
            if (endsWithClose(response)) {
                close();
            }
            return response;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private static boolean endsWithClose(HttpResponse response) {
        boolean delimited = response.header("content-length") != null || response.header("transfer-encoding") != null
                || response.status() == 204 || response.status() == 304;
        return !delimited || "close".equalsIgnoreCase(response.header("connection"));
    }

    private void writeRequest(String method, String path, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder(160);
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\nUser-Agent: mini-lambda-runtime\r\n");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.write(body);
        }
        out.flush();
    }

    private void connect() throws IOException {
        long deadline = System.nanoTime() + connectBudgetMillis * 1_000_000L;
        long pause = 2;
        while (true) {
            // NO_PROXY: the Runtime API is local, and skipping proxy selection saves class loading at start
            Socket candidate = new Socket(Proxy.NO_PROXY);
            try {
                candidate.setTcpNoDelay(true);
                candidate.connect(new InetSocketAddress(host, port), (int) Math.max(1, connectBudgetMillis));
                socket = candidate;
                in = new BufferedInputStream(candidate.getInputStream(), 16 * 1024);
                out = new BufferedOutputStream(candidate.getOutputStream(), 16 * 1024);
                return;
            } catch (ConnectException refused) {
                candidate.close();
                if (System.nanoTime() + pause * 1_000_000L > deadline) {
                    throw new ConnectException("Could not connect to the Runtime API at " + host + ':' + port
                            + " within " + connectBudgetMillis + " ms: " + refused.getMessage()
                            + ". The environment's Runtime API relay is not listening.");
                }
                sleep(pause);
                pause = Math.min(pause * 2, 50);
            }
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the Runtime API", e);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a dead socket: nothing left to release
            }
        }
        socket = null;
        in = null;
        out = null;
    }

    /** The request could not be delivered on a connection the server had already closed. */
    private static final class StaleConnection extends IOException {
        StaleConnection(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
