package dojo.lambda.bench;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The HTTP client under the AWS SDK clients a benchmark drives: {@code apache} (the SDK's default
 * synchronous client) or {@code url-connection} (the JDK's HttpURLConnection), chosen with
 * {@code -Dbench.http=...}. On two shared cores the driver's own CPU per call moves the figures.
 */
final class SdkHttp {
    private SdkHttp() {}

    static String name() {
        return System.getProperty("bench.http", "apache");
    }

    /** {@code builder} pointed at the engine: endpoint, us-east-1, the default account's test/test keys. */
    static <B extends AwsClientBuilder<B, ?>> B atEngine(B builder, String endpoint) {
        return builder.endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }

    static SdkHttpClient create() {
        return switch (name()) {
            case "apache" -> ApacheHttpClient.create();
            case "url-connection" -> UrlConnectionHttpClient.create();
            default -> throw new IllegalArgumentException("-Dbench.http must be apache or url-connection; got '" + name() + "'");
        };
    }
}
