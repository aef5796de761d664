package dojo.lambda.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * A lean keep-alive HTTP/1.1 client over one socket (as wrk or hey would be), so the driver
 * takes less of the two shared cores from the engine it measures. Requests are signed with AWS's
 * own SigV4 signer; signing is deterministic for a given second, so the signed head of a request
 * is reused within the second it was made for (the engine still verifies every request); a request
 * with a new body is signed anew.
 * One caller per instance.
 */
final class RawClient implements AutoCloseable {
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AwsCredentialsIdentity credentials = AwsCredentialsIdentity.create("test", "test");
    private final URI endpoint;
    private final String service;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private long signedSecond = -1;
    private String signedKey;
    private byte[] head;

    RawClient(String endpoint) {
        this(endpoint, "lambda");
    }

    /** A client whose requests are signed for {@code service} ({@code lambda}, {@code dynamodb}, {@code sqs}). */
    RawClient(String endpoint, String service) {
        this.endpoint = URI.create(endpoint);
        this.service = service;
    }

    /** Sends a POST and returns the status; {@code functionError} gets X-Amz-Function-Error (or stays null). */
    int post(String path, byte[] body, String[] functionError) throws IOException {
        return post(path, body, JSON, functionError, null);
    }

    /**
     * Sends a POST with these headers (signed with the rest) and returns the status; the response
     * body goes to {@code response} when it is not null.
     */
    int post(String path, byte[] body, Map<String, String> headers, String[] functionError, java.io.ByteArrayOutputStream response)
            throws IOException {
        if (socket == null) {
            socket = new Socket(endpoint.getHost(), endpoint.getPort());
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        byte[] request = head(path, body, headers);
        byte[] all = new byte[request.length + body.length];
        System.arraycopy(request, 0, all, 0, request.length);
        System.arraycopy(body, 0, all, request.length, body.length);
        out.write(all);
        out.flush();
        return readResponse(functionError, response);
    }

    private byte[] head(String path, byte[] body, Map<String, String> headers) {
        long second = System.currentTimeMillis() / 1000;
        String key = path + "\n" + headers + "\n" + new String(body, StandardCharsets.UTF_8);
        if (second == signedSecond && key.equals(signedKey)) {
            return head;
        }
        URI uri = endpoint.resolve(path);
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(uri);
        headers.forEach(unsigned::putHeader);
        SdkHttpRequest request = unsigned.build();
        SignedRequest signed = signer.sign(r -> r.identity(credentials).request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        StringBuilder text = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n");
        for (Map.Entry<String, List<String>> h : signed.request().headers().entrySet()) {
            for (String v : h.getValue()) {
                text.append(h.getKey()).append(": ").append(v).append("\r\n");
            }
        }
        if (signed.request().firstMatchingHeader("Content-Length").isEmpty()) {
            text.append("Content-Length: ").append(body.length).append("\r\n");
        }
        text.append("\r\n");
        signedSecond = second;
        signedKey = key;
        head = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        return head;
    }

    private int readResponse(String[] functionError, java.io.ByteArrayOutputStream response) throws IOException {
        String status = line();
        if (status == null) {
            throw new IOException("the engine closed the connection");
        }
        int code = Integer.parseInt(status.split(" ")[1]);
        long length = 0;
        for (String h = line(); h != null && !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).trim());
            } else if (functionError != null && lower.startsWith("x-amz-function-error:")) {
                functionError[0] = h.substring(21).trim();
            } else if (lower.startsWith("transfer-encoding:")) {
                throw new IOException("Expected a Content-Length response, found " + h);
            }
        }
        if (response == null) {
            in.skipNBytes(length);
        } else {
            response.reset();
            response.write(in.readNBytes((int) length));
        }
        return code;
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                int n = sb.length();
                return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
            }
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
        }
    }
}
