package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.lambda.http.AwsService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Requests signed for another service reach the service registered under that signing name. */
class ServiceDispatchIT {
    @TempDir
    Path data;

    @Test
    void requestSignedForARegisteredServiceReachesItWithTheCallersAccount() throws Exception {
        try (TestEngine t = TestEngine.start(data)) {
            t.engine.register(new AwsService() {
                @Override
                public String signingName() {
                    return "sqs";
                }

                @Override
                public void handle(io.javalin.http.Context ctx, dojo.lambda.account.Authenticated caller) {
                    ctx.status(200).result("echo " + caller.account().accountId() + " " + ctx.method() + " " + ctx.path() + " "
                            + ctx.body());
                }
            });
            assertThat(send(t, "sqs", "/", "{\"QueueName\":\"q\"}")).isEqualTo("200 echo 000000000000 POST / {\"QueueName\":\"q\"}");
            assertThat(send(t, "sqs", "/2015-03-31/functions", "{}")).startsWith("200 echo 000000000000 POST /2015-03-31/functions");
            assertThat(send(t, "dynamodb", "/", "{}")).startsWith("400").contains("does not serve the AWS service 'dynamodb'");
        }
    }

    private static String send(TestEngine t, String service, String path, String body) throws Exception {
        URI uri = URI.create(t.engine.endpoint() + path);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var signed = AwsV4HttpSigner.create().sign(r -> r.identity(AwsCredentialsIdentity.create("test", "test"))
                .request(SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(uri).putHeader("Content-Type", "application/json").build())
                .payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        signed.request().headers().forEach((k, vs) -> {
            if (!k.equalsIgnoreCase("host") && !k.equalsIgnoreCase("content-length")) {
                vs.forEach(v -> req.header(k, v));
            }
        });
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(req.build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }
}
