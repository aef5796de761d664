package dojo.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.IntegrationType;

/** ApiGatewayV2Client set-up steps the gateway tests share, and a raw HTTP request with a Host of our choice. */
final class GatewaySetup {
    private GatewaySetup() {}

    static ApiGatewayV2Client client(TestEngine t) {
        return ApiGatewayV2Client.builder().endpointOverride(URI.create(t.engine.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build()).build();
    }

    /** Creates an AWS_PROXY integration with the account's function {@code function}; returns its id. */
    static String integration(ApiGatewayV2Client apigw, String apiId, String function, String version, Integer timeoutMillis) {
        return apigw.createIntegration(b -> b.apiId(apiId).integrationType(IntegrationType.AWS_PROXY)
                .integrationUri("arn:aws:lambda:us-east-1:000000000000:function:" + function).payloadFormatVersion(version)
                .timeoutInMillis(timeoutMillis)).integrationId();
    }

    /** GET with a Host header java.net.http will not send; answers the whole raw response. */
    static String rawGet(int port, String host, String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
