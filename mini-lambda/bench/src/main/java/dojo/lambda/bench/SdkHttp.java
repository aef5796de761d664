package dojo.lambda.bench;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

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

    static SdkHttpClient create() {
        return switch (name()) {
            case "apache" -> ApacheHttpClient.create();
            case "url-connection" -> UrlConnectionHttpClient.create();
            default -> throw new IllegalArgumentException("-Dbench.http must be apache or url-connection; got '" + name() + "'");
        };
    }
}
