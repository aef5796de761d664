package dojo.lambda;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Starts a real engine on a free port with its own data directory, and hands out SDK clients. */
final class TestEngine implements AutoCloseable {
    final Engine engine;

    private TestEngine(Engine engine) {
        this.engine = engine;
    }

    static TestEngine start(Path data) throws IOException {
        return start(EngineConfig.defaults(data).withPort(0).withAsyncRetryDelays(List.of(Duration.ofMillis(200), Duration.ofMillis(400))));
    }

    static TestEngine start(EngineConfig config) throws IOException {
        return new TestEngine(Engine.start(config));
    }

    LambdaClient lambda() {
        return lambda("test", "test");
    }

    LambdaClient lambda(String accessKey, String secret) {
        return LambdaClient.builder()
                .endpointOverride(URI.create(engine.endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build())
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryPolicy(RetryPolicy.none())
                        .apiCallTimeout(Duration.ofSeconds(90)).build())
                .build();
    }

    software.amazon.awssdk.services.sqs.SqsClient sqs() {
        return software.amazon.awssdk.services.sqs.SqsClient.builder()
                .endpointOverride(URI.create(engine.endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build())
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryPolicy(RetryPolicy.none())
                        .apiCallTimeout(Duration.ofSeconds(90)).build())
                .build();
    }

    @Override
    public void close() {
        engine.close();
    }
}
