package dojo.lambda.s3;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * An HTTP/1.1 client for the SDK that connects to 127.0.0.1 whatever host the URL names, and
 * sends the Host header the SDK signed ({@code bucket.localhost:port}): virtual-host style
 * without relying on DNS for {@code *.localhost}, which Java does not always resolve.
 */
final class LoopbackHttpClient implements SdkHttpClient {
    private final int port;
    /** Every Host header sent, so a test can see that requests really were virtual-host style. */
    final List<String> hosts = new java.util.concurrent.CopyOnWriteArrayList<>();

    LoopbackHttpClient(int port) {
        this.port = port;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                return send(request);
            }

            @Override
            public void abort() {}
        };
    }

    private HttpExecuteResponse send(HttpExecuteRequest request) throws IOException {
        SdkHttpRequest r = request.httpRequest();
        byte[] body = new byte[0];
        if (request.contentStreamProvider().isPresent()) {
            try (InputStream in = request.contentStreamProvider().get().newStream()) {
                body = in.readAllBytes();
            }
        }
        URI uri = r.getUri();
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            StringBuilder head = new StringBuilder(r.method().name() + " " + target + " HTTP/1.1\r\n");
            String host = r.firstMatchingHeader("Host").orElse(r.host() + ":" + r.port());
            hosts.add(host);
            head.append("Host: ").append(host).append("\r\n");
            r.forEachHeader((name, values) -> {
                String n = name.toLowerCase(Locale.ROOT);
                if (!n.equals("host") && !n.equals("expect") && !n.equals("connection") && !n.equals("content-length")) {
                    values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n"));
                }
            });
            head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()), r.method().name().equals("HEAD"));
        }
    }

    private static HttpExecuteResponse read(InputStream in, boolean head) throws IOException {
        String status;
        SdkHttpFullResponse.Builder response;
        do {
            status = line(in);
            response = SdkHttpFullResponse.builder().statusCode(Integer.parseInt(status.split(" ")[1]));
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                response.appendHeader(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
            }
        } while (status.split(" ")[1].startsWith("1"));
        SdkHttpFullResponse built = response.build();
        byte[] body;
        if (head) {
            body = new byte[0];
        } else if (built.firstMatchingHeader("Transfer-Encoding").filter(v -> v.equalsIgnoreCase("chunked")).isPresent()) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                all.write(in.readNBytes(size));
                line(in);
            }
            body = all.toByteArray();
        } else {
            List<String> length = built.matchingHeaders("Content-Length");
            body = length.isEmpty() ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length.get(0)));
        }
        return HttpExecuteResponse.builder().response(built)
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) {
            if (c != '\r') {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {}
}
