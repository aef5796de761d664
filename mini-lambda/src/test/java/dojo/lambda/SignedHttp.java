package dojo.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Raw HTTP to the engine, signed with AWS's own SigV4 signer, for endpoints the SDK has no call for. */
final class SignedHttp {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String endpoint;

    SignedHttp(String endpoint) {
        this.endpoint = endpoint;
    }

    HttpRequest request(String method, String service, String path, String body) {
        return request(method, service, path, body, java.util.Map.of("Content-Type", "application/json"));
    }

    /** A request signed with these headers (signed too), e.g. {@code X-Amz-Target}. */
    HttpRequest request(String method, String service, String path, String body, java.util.Map<String, String> headers) {
        URI uri = URI.create(endpoint + path);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        headers.forEach(unsigned::putHeader);
        var signed = AwsV4HttpSigner.create().sign(r -> r.identity(AwsCredentialsIdentity.create("test", "test"))
                .request(unsigned.build())
                .payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        signed.request().headers().forEach((k, vs) -> {
            if (!k.equalsIgnoreCase("host") && !k.equalsIgnoreCase("content-length")) {
                vs.forEach(v -> req.header(k, v));
            }
        });
        return req.build();
    }

    /** "STATUS BODY" of a signed request. */
    String send(String method, String service, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(method, service, path, body), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    /** The whole response of a signed request with these headers. */
    HttpResponse<String> exchange(String method, String service, String path, String body, java.util.Map<String, String> headers)
            throws IOException, InterruptedException {
        return http.send(request(method, service, path, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    InputStream stream(String path) throws IOException, InterruptedException {
        // like a browser's EventSource: Javalin serves server-sent events only to this Accept
        HttpRequest req = HttpRequest.newBuilder(request("GET", "lambda", path, ""), (k, v) -> true)
                .header("Accept", "text/event-stream").build();
        return http.send(req, HttpResponse.BodyHandlers.ofInputStream()).body();
    }
}
