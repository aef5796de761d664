package dojo.lambda.dynamodb;

import dojo.lambda.Engine;
import dojo.lambda.EngineConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** A real engine on a free port and the AWS SDK's DynamoDB clients pointed at it (account 000000000000). */
final class SdkClients implements AutoCloseable {
    final Engine engine;
    final DynamoDbClient dynamo;
    final DynamoDbStreamsClient streams;

    private SdkClients(Engine engine) {
        this.engine = engine;
        URI endpoint = URI.create(engine.endpoint());
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        var config = ClientOverrideConfiguration.builder().retryPolicy(RetryPolicy.none()).apiCallTimeout(Duration.ofSeconds(30)).build();
        this.dynamo = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(config).build();
        this.streams = DynamoDbStreamsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(config).build();
    }

    static SdkClients start(Path data) throws IOException {
        return new SdkClients(Engine.start(EngineConfig.defaults(data).withPort(0)));
    }

    @Override
    public void close() {
        dynamo.close();
        streams.close();
        engine.close();
    }
}
