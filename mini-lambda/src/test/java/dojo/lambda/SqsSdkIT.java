package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;
import software.amazon.awssdk.services.sqs.model.UnsupportedOperationException;

/** The queue service driven only through the real AWS SDK for Java v2 SqsClient (which verifies SQS's MD5 checksums). */
class SqsSdkIT {
    @TempDir
    static Path data;

    static TestEngine engine;
    static SqsClient sqs;

    @BeforeAll
    static void start() throws Exception {
        engine = TestEngine.start(data);
        sqs = engine.sqs();
    }

    @AfterAll
    static void stop() {
        sqs.close();
        engine.close();
    }

    static String create(String name, Map<QueueAttributeName, String> attributes) {
        return sqs.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
    }

    static List<Message> receive(String url, int max, int visibility) {
        return sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(max).visibilityTimeout(visibility)
                .messageSystemAttributeNamesWithStrings("All").messageAttributeNames("All")).messages();
    }

    @Test
    void queuesAreCreatedFoundListedAndDeletedWithAwsUrlsAndErrors() {
        String url = create("orders", Map.of());
        assertThat(url).isEqualTo(engine.engine.endpoint() + "/000000000000/orders");
        assertThat(sqs.getQueueUrl(b -> b.queueName("orders")).queueUrl()).isEqualTo(url);
        assertThat(sqs.listQueues(b -> b.queueNamePrefix("ord")).queueUrls()).containsExactly(url);
        assertThat(sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL)).attributesAsStrings())
                .containsEntry("QueueArn", "arn:aws:sqs:us-east-1:000000000000:orders").containsEntry("VisibilityTimeout", "30")
                .containsEntry("ApproximateNumberOfMessages", "0").containsKey("CreatedTimestamp");
        sqs.deleteQueue(b -> b.queueUrl(url));
        assertThatThrownBy(() -> sqs.getQueueUrl(b -> b.queueName("orders"))).isInstanceOfSatisfying(QueueDoesNotExistException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue"));
        assertThatThrownBy(() -> sqs.addPermission(b -> b.queueUrl(url).label("l").awsAccountIds("1").actions("SendMessage")))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("not supported by this engine");
    }

    @Test
    void messageWithAttributesArrivesWithMatchingChecksumsAndSystemAttributes() {
        String url = create("attrs", Map.of());
        var sent = sqs.sendMessage(b -> b.queueUrl(url).messageBody("héllo wörld").messageAttributes(Map.of(
                "kind", MessageAttributeValue.builder().dataType("String").stringValue("greeting").build(),
                "count", MessageAttributeValue.builder().dataType("Number").stringValue("42").build(),
                "blob", MessageAttributeValue.builder().dataType("Binary").binaryValue(SdkBytes.fromByteArray(new byte[] {1, 2, 3})).build())));
        Message m = receive(url, 1, 30).get(0);
        assertThat(m.messageId()).isEqualTo(sent.messageId());
        assertThat(m.body()).isEqualTo("héllo wörld");
        assertThat(m.messageAttributes().get("count").stringValue()).isEqualTo("42");
        assertThat(m.messageAttributes().get("blob").binaryValue().asByteArray()).containsExactly(1, 2, 3);
        assertThat(m.attributes()).containsEntry(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1")
                .containsEntry(MessageSystemAttributeName.SENDER_ID, "test").containsKey(MessageSystemAttributeName.SENT_TIMESTAMP)
                .containsKey(MessageSystemAttributeName.APPROXIMATE_FIRST_RECEIVE_TIMESTAMP);
        sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
        assertThat(receive(url, 10, 30)).isEmpty();
    }

    @Test
    void batchesSendDeleteAndChangeVisibilityEntryByEntry() {
        String url = create("batch", Map.of());
        SendMessageBatchResponse r = sqs.sendMessageBatch(b -> b.queueUrl(url).entries(List.of(
                SendMessageBatchRequestEntry.builder().id("a").messageBody("one").build(),
                SendMessageBatchRequestEntry.builder().id("b").messageBody("two").build(),
                SendMessageBatchRequestEntry.builder().id("c").messageBody("three").delaySeconds(5000).build())));
        assertThat(r.successful()).extracting(e -> e.id()).containsExactlyInAnyOrder("a", "b");
        assertThat(r.failed()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("InvalidParameterValue"));
        List<Message> got = receive(url, 10, 30);
        assertThat(got).hasSize(2);
        sqs.changeMessageVisibilityBatch(b -> b.queueUrl(url).entries(List.of(ChangeMessageVisibilityBatchRequestEntry.builder()
                .id("x").receiptHandle(got.get(0).receiptHandle()).visibilityTimeout(0).build())));
        var deleted = sqs.deleteMessageBatch(b -> b.queueUrl(url).entries(List.of(
                DeleteMessageBatchRequestEntry.builder().id("y").receiptHandle(got.get(1).receiptHandle()).build(),
                DeleteMessageBatchRequestEntry.builder().id("z").receiptHandle("not-a-handle").build())));
        assertThat(deleted.successful()).hasSize(1);
        assertThat(deleted.failed()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("ReceiptHandleIsInvalid"));
        Message again = receive(url, 10, 30).get(0);
        assertThat(again.body()).isEqualTo(got.get(0).body());
        assertThat(again.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).isEqualTo("2");
    }

    @Test
    void longPollReturnsAsSoonAsAMessageArrives() throws Exception {
        String url = create("wait", Map.of());
        long t0 = System.nanoTime();
        CompletableFuture<List<Message>> waiting = CompletableFuture.supplyAsync(() -> sqs.receiveMessage(b -> b.queueUrl(url)
                .waitTimeSeconds(10)).messages());
        Thread.sleep(500);
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("late"));
        assertThat(waiting.get()).extracting(Message::body).containsExactly("late");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void failedReceivesEndInTheDeadLetterQueue() {
        String dlq = create("dead", Map.of());
        String url = create("work", Map.of(QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:dead\",\"maxReceiveCount\":\"2\"}"));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("poison"));
        assertThat(receive(url, 1, 0)).hasSize(1);
        assertThat(receive(url, 1, 0)).hasSize(1);
        assertThat(receive(url, 1, 0)).isEmpty();
        Message dead = receive(dlq, 1, 30).get(0);
        assertThat(dead.body()).isEqualTo("poison");
        assertThat(dead.attributesAsStrings()).containsEntry("DeadLetterQueueSourceArn", "arn:aws:sqs:us-east-1:000000000000:work");
        assertThat(sqs.listDeadLetterSourceQueues(b -> b.queueUrl(dlq)).queueUrls()).containsExactly(url);
    }

    @Test
    void fifoQueueKeepsGroupOrderAndDeduplicates() {
        String url = create("jobs.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        var first = sqs.sendMessage(b -> b.queueUrl(url).messageBody("a1").messageGroupId("a").messageDeduplicationId("1"));
        var dup = sqs.sendMessage(b -> b.queueUrl(url).messageBody("a1").messageGroupId("a").messageDeduplicationId("1"));
        sqs.sendMessage(b -> b.queueUrl(url).messageBody("a2").messageGroupId("a").messageDeduplicationId("2"));
        assertThat(dup.messageId()).isEqualTo(first.messageId());
        assertThat(first.sequenceNumber()).hasSize(20);
        List<Message> got = receive(url, 10, 30);
        assertThat(got).extracting(Message::body).containsExactly("a1", "a2");
        assertThat(got.get(0).attributesAsStrings()).containsEntry("MessageGroupId", "a").containsEntry("MessageDeduplicationId", "1");
        assertThatThrownBy(() -> sqs.sendMessage(b -> b.queueUrl(url).messageBody("x").messageDeduplicationId("3")))
                .isInstanceOf(SqsException.class).hasMessageContaining("MessageGroupId");
    }

    @Test
    void invalidParametersGetSqsErrorCodes() {
        String url = create("strict", Map.of());
        assertThatThrownBy(() -> sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(11))).isInstanceOfSatisfying(
                SqsException.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue"));
        sqs.purgeQueue(b -> b.queueUrl(url));
        assertThatThrownBy(() -> sqs.purgeQueue(b -> b.queueUrl(url)))
                .isInstanceOf(software.amazon.awssdk.services.sqs.model.PurgeQueueInProgressException.class);
        assertThatThrownBy(() -> sqs.setQueueAttributes(b -> b.queueUrl(url).attributesWithStrings(Map.of("Bogus", "1"))))
                .isInstanceOf(software.amazon.awssdk.services.sqs.model.InvalidAttributeNameException.class);
    }

    @Test
    void queuesAndMessagesSurviveAnEngineRestart(@TempDir Path own) throws Exception {
        String body;
        try (TestEngine first = TestEngine.start(own); SqsClient c = first.sqs()) {
            String url = c.createQueue(b -> b.queueName("durable")).queueUrl();
            body = c.sendMessage(b -> b.queueUrl(url).messageBody("kept")).messageId();
        }
        try (TestEngine second = TestEngine.start(own); SqsClient c = second.sqs()) {
            String url = c.getQueueUrl(b -> b.queueName("durable")).queueUrl();
            Message m = c.receiveMessage(b -> b.queueUrl(url)).messages().get(0);
            assertThat(m.messageId()).isEqualTo(body);
            assertThat(m.body()).isEqualTo("kept");
        }
    }
}
