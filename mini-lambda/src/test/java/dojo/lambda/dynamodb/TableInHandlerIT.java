package dojo.lambda.dynamodb;

import static dojo.lambda.dynamodb.TableSdkIT.s;
import static org.assertj.core.api.Assertions.assertThat;

import fixtures.TableHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** A deployed handler uses {@code DynamoDbClient.create()} with its defaults and reaches its account's tables. */
class TableInHandlerIT {
    @TempDir
    Path data;

    @Test
    void handlerWithDefaultClientWritesToTheCallersAccountTables() throws Exception {
        try (SdkClients sdk = SdkClients.start(data);
                LambdaClient lambda = LambdaClient.builder().endpointOverride(java.net.URI.create(sdk.engine.endpoint()))
                        .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build())
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build()) {
            TableSdkIT.createTable(sdk.dynamo, "visits", "id", null);
            byte[] zip = HandlerPackage.of(TableHandler.class);
            lambda.createFunction(b -> b.functionName("visits").runtime(Runtime.JAVA17).handler(TableHandler.class.getName() + "::handleRequest")
                    .role("arn:aws:iam::000000000000:role/r").memorySize(512).timeout(60).code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
            String event = "{\"table\":\"visits\",\"id\":\"o-1\"}";
            assertThat(invoke(lambda, event)).isEqualTo("\"created 1\"");
            assertThat(invoke(lambda, event)).isEqualTo("\"exists 2\"");
            assertThat(sdk.dynamo.getItem(b -> b.tableName("visits").key(Map.of("id", s("o-1")))).item())
                    .containsEntry("visits", TableSdkIT.n("2"));
        }
    }

    private static String invoke(LambdaClient lambda, String event) {
        var r = lambda.invoke(b -> b.functionName("visits").payload(SdkBytes.fromUtf8String(event)));
        assertThat(r.functionError()).as(r.payload().asUtf8String()).isNull();
        return r.payload().asString(StandardCharsets.UTF_8);
    }
}
