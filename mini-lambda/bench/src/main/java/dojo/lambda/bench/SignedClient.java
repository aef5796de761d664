package dojo.lambda.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** A keep-alive HTTP/1.1 client that signs each request with SigV4 (AWS's own signer). */
final class SignedClient {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AwsCredentialsIdentity credentials = AwsCredentialsIdentity.create("test", "test");
    private final String endpoint;

    String endpoint() {
        return endpoint;
    }

    SignedClient(String endpoint) {
        this.endpoint = endpoint;
    }

    HttpResponse<byte[]> send(String method, String path, byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
        URI uri = URI.create(endpoint + path);
        SdkHttpRequest.Builder b = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        headers.forEach(b::putHeader);
        b.putHeader("Content-Type", "application/json");
        SignedRequest signed = signer.sign(r -> r.identity(credentials).request(b.build())
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "lambda")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> h : signed.request().headers().entrySet()) {
            String name = h.getKey();
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                for (String v : h.getValue()) {
                    req.header(name, v);
                }
            }
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
