package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.lambda.invoke.EventInvokeConfig;
import fixtures.Failing;
import fixtures.SqsSender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** Functions as queue clients: the SDK with its defaults inside an environment, and queues as async destinations. */
class SqsFromFunctionsIT {
    @TempDir
    static Path data;

    static TestEngine engine;
    static LambdaClient lambda;
    static SqsClient sqs;

    @BeforeAll
    static void start() throws Exception {
        engine = TestEngine.start(data);
        lambda = engine.lambda();
        sqs = engine.sqs();
    }

    @AfterAll
    static void stop() {
        sqs.close();
        lambda.close();
        engine.close();
    }

    static void create(String name, Class<?> handler, byte[] zip) {
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).handler(handler.getName() + "::handleRequest")
                .role("arn:aws:iam::000000000000:role/r").memorySize(512).timeout(30).code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
    }

    @Test
    void handlerWithADefaultSqsClientSendsToItsAccountsQueue() {
        String url = sqs.createQueue(b -> b.queueName("inbox")).queueUrl();
        create("sender", SqsSender.class, LambdaPackages.withLibraries(SqsSender.class, LambdaPackages.SQS_SDK));
        var r = lambda.invoke(b -> b.functionName("sender").payload(SdkBytes.fromUtf8String("{\"queue\":\"inbox\",\"body\":\"from inside\"}")));
        assertThat(r.functionError()).as(r.payload().asUtf8String()).isNull();
        String id = r.payload().asUtf8String().replace("\"", "");
        List<Message> got = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(5).messageSystemAttributeNamesWithStrings("All"))
                .messages();
        assertThat(got).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isEqualTo(id);
            assertThat(m.body()).isEqualTo("from inside");
            assertThat(m.attributesAsStrings().get("SenderId")).isNotEqualTo("test");
        });
    }

    @Test
    void failedAsyncInvocationRecordGoesToAQueueDestination() {
        String url = sqs.createQueue(b -> b.queueName("failures")).queueUrl();
        create("failing", Failing.class, Fixtures.zipOf(Failing.class));
        engine.engine.async().configure("000000000000", "failing",
                new EventInvokeConfig(0, 60, null, "arn:aws:sqs:us-east-1:000000000000:failures"));
        lambda.invoke(b -> b.functionName("failing").invocationType(InvocationType.EVENT).payload(SdkBytes.fromUtf8String("{\"n\":1}")));
        List<Message> got = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20)).messages();
        assertThat(got).singleElement().satisfies(m -> assertThat(m.body()).contains("\"condition\":\"RetriesExhausted\"")
                .contains("\"requestPayload\":{\"n\":1}").contains("\"functionError\":\"Unhandled\""));
    }
}
