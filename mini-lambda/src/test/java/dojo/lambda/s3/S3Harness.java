package dojo.lambda.s3;

import dojo.lambda.Engine;
import dojo.lambda.EngineConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** A real engine on a free port with its own data directory, and the AWS SDK clients that talk to it. */
final class S3Harness implements AutoCloseable {
    final Engine engine;

    private S3Harness(Engine engine) {
        this.engine = engine;
    }

    static S3Harness start(Path data) throws IOException {
        return new S3Harness(Engine.start(EngineConfig.defaults(data).withPort(0)
                .withAsyncRetryDelays(List.of(Duration.ofMillis(200), Duration.ofMillis(400)))));
    }

    /** Path-style: the endpoint is an IP address, so the SDK puts the bucket in the path. */
    S3Client s3() {
        return s3("test", "test");
    }

    S3Client s3(String accessKey, String secret) {
        return S3Client.builder().endpointOverride(URI.create(engine.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(120)).build())
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryPolicy(RetryPolicy.none()).build())
                .build();
    }

    /** Virtual-host style: {@code Host: <bucket>.localhost:<port>}, connected to 127.0.0.1. */
    S3Client virtualHostS3(LoopbackHttpClient http) {
        return S3Client.builder().endpointOverride(URI.create("http://localhost:" + engine.port())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .forcePathStyle(false).httpClient(http)
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryPolicy(RetryPolicy.none()).build())
                .build();
    }

    S3Presigner presigner() {
        return S3Presigner.builder().endpointOverride(URI.create(engine.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    LambdaClient lambda() {
        return LambdaClient.builder().endpointOverride(URI.create(engine.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build())
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryPolicy(RetryPolicy.none())
                        .apiCallTimeout(Duration.ofSeconds(90)).build())
                .build();
    }

    /** Sends one request signed for S3 with test/test, without the SDK, to see the wire answer. */
    HttpResponse<String> raw(String method, String pathAndQuery, Map<String, String> headers, byte[] body) throws Exception {
        URI uri = URI.create(engine.endpoint() + pathAndQuery);
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        headers.forEach(unsigned::putHeader);
        var signed = AwsV4HttpSigner.create().sign(r -> r.identity(AwsCredentialsIdentity.create("test", "test"))
                .request(unsigned.build())
                .payload(software.amazon.awssdk.http.ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false));
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        signed.request().headers().forEach((k, vs) -> {
            if (!k.equalsIgnoreCase("host") && !k.equalsIgnoreCase("content-length")) {
                vs.forEach(v -> req.header(k, v));
            }
        });
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(req.build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        engine.close();
    }
}
