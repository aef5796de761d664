package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.lambda.http.AwsService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            assertThat(send(t, "kinesis", "/", "{}")).startsWith("400").contains("does not serve the AWS service 'kinesis'");
        }
    }

    private static String send(TestEngine t, String service, String path, String body) throws Exception {
        return new SignedHttp(t.engine.endpoint()).send("POST", service, path, body);
    }
}
