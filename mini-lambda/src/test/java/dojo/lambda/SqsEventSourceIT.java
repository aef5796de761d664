package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.logs.LogEvent;
import fixtures.SqsRecorder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.FunctionResponseType;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Queues feeding a function through event source mappings: AWS's event, redelivery, partial failures, DLQ, at-least-once. */
class SqsEventSourceIT {
    static final String ACCOUNT = "000000000000";

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
        createFunction(lambda, "recorder", 5);
    }

    @AfterAll
    static void stop() {
        sqs.close();
        lambda.close();
        engine.close();
    }

    static void createFunction(LambdaClient client, String name, int timeout) {
        byte[] zip = LambdaPackages.withLibraries(SqsRecorder.class, LambdaPackages.EVENTS);
        client.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).handler(SqsRecorder.class.getName() + "::handleRequest")
                .role("arn:aws:iam::000000000000:role/r").memorySize(512).timeout(timeout).code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
    }

    static String queue(SqsClient client, String name, Map<QueueAttributeName, String> attributes) {
        return client.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
    }

    static String arn(String name) {
        return "arn:aws:sqs:us-east-1:" + ACCOUNT + ":" + name;
    }

    /** Waits for RECORD lines of the recorder until {@code done} holds for them. */
    static List<String> records(TestEngine t, String prefix, Predicate<List<String>> done) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<String> lines = List.of();
        while (System.nanoTime() < end) {
            lines = t.engine.logs().read(ACCOUNT, "recorder", 0, 10_000).events().stream().map(LogEvent::message)
                    .filter(m -> m.startsWith("RECORD ") && m.contains(" body=" + prefix)).toList();
            if (done.test(lines)) {
                return lines;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for records of " + prefix + "; have " + lines);
    }

    static String map(String queue, int batchSize, int window, boolean partial) {
        return lambda.createEventSourceMapping(b -> b.functionName("recorder").eventSourceArn(arn(queue)).batchSize(batchSize)
                .maximumBatchingWindowInSeconds(window).scalingConfig(s -> s.maximumConcurrency(2))
                .functionResponseTypes(partial ? List.of(FunctionResponseType.REPORT_BATCH_ITEM_FAILURES) : List.of())).uuid();
    }

    @Test
    void typedHandlerReceivesFullyPopulatedSqsEvents() throws Exception {
        String url = queue(sqs, "typed", Map.of());
        map("typed", 10, 0, false);
        var sent = sqs.sendMessage(b -> b.queueUrl(url).messageBody("typed-hello").messageAttributes(Map.of(
                "kind", MessageAttributeValue.builder().dataType("String").stringValue("greeting").build(),
                "blob", MessageAttributeValue.builder().dataType("Binary").binaryValue(SdkBytes.fromByteArray(new byte[] {7, 8})).build())));
        String line = records(engine, "typed-", l -> !l.isEmpty()).get(0);
        assertThat(line).startsWith("RECORD " + sent.messageId() + " body=typed-hello count=1 batch=1 source=aws:sqs arn=" + arn("typed")
                + " region=us-east-1 md5=" + sent.md5OfMessageBody() + " sender=test sent=")
                .containsPattern(" sent=\\d{13} first=\\d{13} ").contains(" group=null seq=null dedup=null receipt=true")
                .endsWith("attrs={blob=Binary:7,8, kind=String:greeting}");
        String fifo = queue(sqs, "typed.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true",
                QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"));
        map("typed.fifo", 10, 0, false);
        for (String body : List.of("typed-f1", "typed-f2", "typed-f3")) {
            sqs.sendMessage(b -> b.queueUrl(fifo).messageBody(body).messageGroupId("g"));
        }
        List<String> fifoLines = records(engine, "typed-f", l -> l.size() >= 3);
        assertThat(fifoLines).extracting(l -> l.replaceAll(".* body=(\\S+) .*", "$1")).containsExactly("typed-f1", "typed-f2", "typed-f3");
        assertThat(fifoLines.get(0)).contains(" group=g seq=1").containsPattern(" dedup=[0-9a-f]{64} ");
    }

    @Test
    void failingMessageIsRedeliveredWithHigherReceiveCountThenDeadLettered() throws Exception {
        queue(sqs, "flaky-dlq", Map.of());
        String url = queue(sqs, "flaky", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "5", QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + arn("flaky-dlq") + "\",\"maxReceiveCount\":\"2\"}"));
        map("flaky", 10, 0, false);
        // AWS checks the visibility timeout against the function timeout only when the mapping is created
        sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "1")));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("throw-poison"));
        List<String> lines = records(engine, "throw-poison", l -> l.size() >= 2);
        assertThat(lines.get(0)).contains(" count=1 ");
        assertThat(lines.get(1)).contains(" count=2 ");
        String dlq = sqs.getQueueUrl(b -> b.queueName("flaky-dlq")).queueUrl();
        var dead = sqs.receiveMessage(b -> b.queueUrl(dlq).waitTimeSeconds(10).messageSystemAttributeNamesWithStrings("All")).messages();
        assertThat(dead).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo("throw-poison");
            assertThat(m.attributesAsStrings()).containsEntry("DeadLetterQueueSourceArn", arn("flaky"));
        });
        assertThat(records(engine, "throw-poison", l -> true)).hasSize(2);
    }

    static software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry entry(String id, String body) {
        return software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry.builder().id(id).messageBody(body).build();
    }

    @Test
    void partialBatchFailureRedeliversOnlyTheFailedItems() throws Exception {
        String url = queue(sqs, "partial", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "5"));
        // sent before the mapping exists, so the first receive takes all three in one batch
        sqs.sendMessageBatch(b -> b.queueUrl(url).entries(List.of(entry("1", "p-ok-1"), entry("2", "p-fail-2"), entry("3", "p-ok-3"))));
        String uuid = map("partial", 10, 1, true);
        sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "1")));
        List<String> lines = records(engine, "p-", l -> l.stream().anyMatch(x -> x.contains("p-fail-2 count=2")));
        lambda.deleteEventSourceMapping(b -> b.uuid(uuid));
        assertThat(lines.get(0)).contains(" batch=3 ");
        assertThat(lines).filteredOn(l -> l.contains("p-ok-")).hasSize(2).allMatch(l -> l.contains(" count=1 "));
        assertThat(lines).filteredOn(l -> l.contains("p-fail-2 count=2")).allMatch(l -> l.contains(" batch=1 "));
    }

    @Test
    void messageOutlivingItsVisibilityTimeoutIsDeliveredTwice() throws Exception {
        String url = queue(sqs, "dup", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "5"));
        map("dup", 1, 0, false);
        // shorter than the handler's work: the message reappears while the first invocation still runs
        sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "1")));
        String id = sqs.sendMessage(b -> b.queueUrl(url).messageBody("slow-dup")).messageId();
        List<String> lines = records(engine, "slow-dup", l -> l.size() >= 2);
        assertThat(lines).allMatch(l -> l.startsWith("RECORD " + id + " "));
        // two environments run the two deliveries side by side; either may log first
        assertThat(lines).extracting(l -> l.replaceAll(".* count=(\\d+) .*", "$1")).contains("1", "2");
    }

    @Test
    void mappingApiFollowsAwsStatesFieldsAndRules() {
        queue(sqs, "api", Map.of());
        CreateEventSourceMappingResponse created = lambda.createEventSourceMapping(b -> b.functionName("recorder")
                .eventSourceArn(arn("api")));
        assertThat(created.state()).isEqualTo("Creating");
        assertThat(created.batchSize()).isEqualTo(10);
        assertThat(created.maximumBatchingWindowInSeconds()).isZero();
        assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:recorder");
        assertThat(created.stateTransitionReason()).isEqualTo("USER_INITIATED");
        assertThat(created.lastModified()).isNotNull();
        String uuid = created.uuid();
        assertThat(lambda.getEventSourceMapping(b -> b.uuid(uuid)).state()).isEqualTo("Enabled");
        assertThat(lambda.listEventSourceMappings(b -> b.eventSourceArn(arn("api"))).eventSourceMappings())
                .extracting(m -> m.uuid()).containsExactly(uuid);
        assertThat(lambda.updateEventSourceMapping(b -> b.uuid(uuid).batchSize(5)).state()).isEqualTo("Updating");
        assertThat(lambda.updateEventSourceMapping(b -> b.uuid(uuid).enabled(false)).state()).isEqualTo("Disabling");
        var disabled = lambda.getEventSourceMapping(b -> b.uuid(uuid));
        assertThat(disabled.state()).isEqualTo("Disabled");
        assertThat(disabled.batchSize()).isEqualTo(5);
        assertThatThrownBy(() -> lambda.createEventSourceMapping(b -> b.functionName("recorder").eventSourceArn(arn("api"))))
                .isInstanceOf(software.amazon.awssdk.services.lambda.model.ResourceConflictException.class).hasMessageContaining(uuid);
        queue(sqs, "short", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "2"));
        assertThatThrownBy(() -> lambda.createEventSourceMapping(b -> b.functionName("recorder").eventSourceArn(arn("short"))))
                .isInstanceOf(software.amazon.awssdk.services.lambda.model.InvalidParameterValueException.class)
                .hasMessageContaining("Queue visibility timeout: 2 seconds is less than Function timeout: 5 seconds");
        assertThatThrownBy(() -> lambda.updateEventSourceMapping(b -> b.uuid(uuid).batchSize(50)))
                .hasMessageContaining("Maximum batch window in seconds must be greater than 0");
        assertThat(lambda.deleteEventSourceMapping(b -> b.uuid(uuid)).state()).isEqualTo("Deleting");
        assertThatThrownBy(() -> lambda.getEventSourceMapping(b -> b.uuid(uuid)))
                .isInstanceOf(software.amazon.awssdk.services.lambda.model.ResourceNotFoundException.class);
    }

    @Test
    void mappingKeepsDeliveringAfterAnEngineRestart(@TempDir Path own) throws Exception {
        try (TestEngine first = TestEngine.start(own); LambdaClient l = first.lambda(); SqsClient s = first.sqs()) {
            createFunction(l, "recorder", 5);
            queue(s, "restart", Map.of());
            l.createEventSourceMapping(b -> b.functionName("recorder").eventSourceArn(arn("restart")));
        }
        try (TestEngine second = TestEngine.start(own); SqsClient s = second.sqs()) {
            String url = s.getQueueUrl(b -> b.queueName("restart")).queueUrl();
            s.sendMessage(b -> b.queueUrl(url).messageBody("after-restart"));
            assertThat(records(second, "after-restart", l -> !l.isEmpty())).hasSize(1);
        }
    }
}
