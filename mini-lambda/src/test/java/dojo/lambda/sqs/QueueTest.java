package dojo.lambda.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueTest {
    private static final String ACCOUNT = "000000000000";

    @TempDir
    Path data;

    final TestClock clock = new TestClock();
    Queues queues;

    @BeforeEach
    void open() {
        queues = new Queues(data, clock);
    }

    @AfterEach
    void close() {
        queues.close();
    }

    Queue create(String name, Map<String, String> attributes) {
        return queues.create(new QueueAddress(ACCOUNT, name), attributes, Map.of());
    }

    static Outgoing message(String body) {
        return new Outgoing(body, null, null, null, null, null, "test");
    }

    static Outgoing fifo(String body, String group, String dedup) {
        return new Outgoing(body, null, null, null, group, dedup, "test");
    }

    static List<Delivery> receive(Queue q, int max, int visibility) {
        return q.receive(max, visibility, 0).join();
    }

    static List<String> bodies(List<Delivery> ds) {
        return ds.stream().map(d -> d.content().body()).toList();
    }

    @Test
    void receivedMessageStaysHiddenUntilItsVisibilityTimeoutEndsThenComesBackWithAHigherCount() {
        Queue q = create("q", Map.of());
        q.send(message("hello"));
        Delivery first = receive(q, 1, 30).get(0);
        assertThat(first.receiveCount()).isEqualTo(1);
        assertThat(receive(q, 10, 30)).isEmpty();
        assertThat(q.counts()).isEqualTo(new QueueCounts(0, 1, 0));
        clock.advance(Duration.ofSeconds(30));
        Delivery second = receive(q, 1, 30).get(0);
        assertThat(second.receiveCount()).isEqualTo(2);
        assertThat(second.receiptHandle()).isNotEqualTo(first.receiptHandle());
        assertThat(second.firstReceiveTimestamp()).isEqualTo(first.firstReceiveTimestamp());
    }

    @Test
    void deletedMessageIsGoneAndAChangedVisibilityOfZeroShowsItAtOnce() {
        Queue q = create("q", Map.of());
        q.send(message("a"));
        q.send(message("b"));
        List<Delivery> got = receive(q, 10, 30);
        assertThat(bodies(got)).containsExactlyInAnyOrder("a", "b");
        q.delete(got.get(0).receiptHandle());
        q.changeVisibility(got.get(1).receiptHandle(), 0);
        assertThat(bodies(receive(q, 10, 30))).containsExactly(got.get(1).content().body());
        assertThatThrownBy(() -> q.changeVisibility(got.get(0).receiptHandle(), 10)).isInstanceOfSatisfying(SqsException.class,
                e -> assertThat(e.error()).isEqualTo(SqsError.MessageNotInflight));
        assertThatThrownBy(() -> q.delete("nonsense")).isInstanceOfSatisfying(SqsException.class,
                e -> assertThat(e.error()).isEqualTo(SqsError.ReceiptHandleIsInvalid));
    }

    @Test
    void delayedMessageIsCountedAsDelayedAndArrivesWhenItsDelayPasses() {
        Queue q = create("q", Map.of("DelaySeconds", "5"));
        q.send(message("later"));
        assertThat(q.counts()).isEqualTo(new QueueCounts(0, 0, 1));
        assertThat(receive(q, 1, 30)).isEmpty();
        clock.advance(Duration.ofSeconds(5));
        assertThat(bodies(receive(q, 1, 30))).containsExactly("later");
    }

    @Test
    void messageReceivedMaxReceiveCountTimesMovesToTheDeadLetterQueueOnTheNextReceive() {
        Queue dlq = create("dlq", Map.of());
        Queue q = create("q", Map.of("RedrivePolicy", "{\"deadLetterTargetArn\":\"" + dlq.address.arn() + "\",\"maxReceiveCount\":\"2\"}"));
        q.send(message("poison"));
        assertThat(receive(q, 1, 0)).hasSize(1);
        assertThat(receive(q, 1, 0)).hasSize(1);
        assertThat(receive(q, 1, 0)).isEmpty();
        Delivery dead = receive(dlq, 1, 30).get(0);
        assertThat(dead.content().body()).isEqualTo("poison");
        assertThat(dead.content().deadLetterSourceArn()).isEqualTo(q.address.arn());
        assertThat(dead.receiveCount()).isEqualTo(3);
    }

    @Test
    void redrivePolicyNamingAMissingQueueIsRefused() {
        assertThatThrownBy(() -> create("q", Map.of("RedrivePolicy",
                "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:nope\",\"maxReceiveCount\":3}")))
                .hasMessageContaining("Dead letter target does not exist");
    }

    @Test
    void fifoGroupIsBlockedWhileOneOfItsMessagesIsInFlightAndKeepsItsOrder() {
        Queue q = create("orders.fifo", Map.of("FifoQueue", "true"));
        q.send(fifo("a1", "a", "1"));
        q.send(fifo("b1", "b", "2"));
        q.send(fifo("a2", "a", "3"));
        List<Delivery> first = receive(q, 1, 30);
        assertThat(bodies(first)).containsExactly("a1");
        assertThat(bodies(receive(q, 10, 30))).containsExactly("b1");
        assertThat(receive(q, 10, 30)).isEmpty();
        q.delete(first.get(0).receiptHandle());
        assertThat(bodies(receive(q, 10, 30))).containsExactly("a2");
        assertThat(first.get(0).content().sequenceNumber()).hasSize(20);
    }

    @Test
    void fifoDuplicateWithinFiveMinutesIsAcceptedButNotEnqueuedAgain() {
        Queue q = create("d.fifo", Map.of("FifoQueue", "true", "ContentBasedDeduplication", "true"));
        SendResult a = q.send(fifo("same", "g", null));
        SendResult b = q.send(fifo("same", "g", null));
        assertThat(b.messageId()).isEqualTo(a.messageId());
        assertThat(q.counts().visible()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));
        assertThat(q.send(fifo("same", "g", null)).messageId()).isNotEqualTo(a.messageId());
        assertThatThrownBy(() -> create("e.fifo", Map.of("FifoQueue", "true")).send(fifo("x", "g", null)))
                .hasMessageContaining("ContentBasedDeduplication");
        assertThatThrownBy(() -> q.send(message("no group"))).hasMessageContaining("MessageGroupId");
    }

    @Test
    void messagesOlderThanTheRetentionPeriodAreDropped() {
        Queue q = create("q", Map.of("MessageRetentionPeriod", "60"));
        q.send(message("old"));
        clock.advance(Duration.ofSeconds(61));
        assertThat(receive(q, 1, 30)).isEmpty();
        assertThat(q.counts()).isEqualTo(new QueueCounts(0, 0, 0));
    }

    @Test
    void messagesAndTheirStateSurviveReopeningTheQueues() {
        Queue q = create("q", Map.of("VisibilityTimeout", "60"));
        q.send(message("one"));
        q.send(message("two"));
        q.send(message("three"));
        List<Delivery> got = receive(q, 2, 60);
        q.delete(got.get(0).receiptHandle());
        queues.close();
        queues = new Queues(data, clock);
        Queue reopened = queues.get(new QueueAddress(ACCOUNT, "q"));
        assertThat(reopened.attributes().visibilityTimeout()).isEqualTo(60);
        assertThat(reopened.counts()).isEqualTo(new QueueCounts(1, 1, 0));
        reopened.delete(got.get(1).receiptHandle());
        assertThat(reopened.counts()).isEqualTo(new QueueCounts(1, 0, 0));
    }

    @Test
    void longJournalIsCompactedToItsLiveMessages() throws Exception {
        Queue q = create("busy", Map.of());
        for (int i = 0; i < 6000; i++) {
            q.send(message("m" + i));
            q.delete(receive(q, 1, 30).get(0).receiptHandle());
        }
        q.send(message("last"));
        long lines = java.nio.file.Files.readAllLines(data.resolve("accounts/000000000000/sqs/busy/messages.log")).size();
        assertThat(lines).isLessThan(10_000);
        queues.close();
        queues = new Queues(data, clock);
        assertThat(bodies(receive(queues.get(new QueueAddress(ACCOUNT, "busy")), 10, 30))).containsExactly("last");
    }

    @Test
    void waitingReceiveGetsAMessageSentLaterWithoutPolling() throws Exception {
        Queue q = create("q", Map.of());
        var waiting = q.receive(10, 30, 5_000);
        assertThat(waiting).isNotDone();
        q.send(message("arrived"));
        assertThat(bodies(waiting.get(2, java.util.concurrent.TimeUnit.SECONDS))).containsExactly("arrived");
        assertThat(q.receive(1, 30, 50).get(2, java.util.concurrent.TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void queueNameRulesAndConflictsAreAwsOnes() {
        create("q", Map.of("VisibilityTimeout", "10"));
        assertThat(create("q", Map.of("VisibilityTimeout", "10")).address.name()).isEqualTo("q");
        assertThatThrownBy(() -> create("q", Map.of("VisibilityTimeout", "11"))).isInstanceOfSatisfying(SqsException.class,
                e -> assertThat(e.error()).isEqualTo(SqsError.QueueNameExists));
        assertThatThrownBy(() -> create("bad name", Map.of())).hasMessageContaining("alphanumeric");
        assertThatThrownBy(() -> create("x", Map.of("VisibilityTimeout", "50000"))).hasMessageContaining("0 to 43200");
        queues.delete(new QueueAddress(ACCOUNT, "q"));
        assertThatThrownBy(() -> create("q", Map.of())).isInstanceOfSatisfying(SqsException.class,
                e -> assertThat(e.error()).isEqualTo(SqsError.QueueDeletedRecently));
        clock.advance(Duration.ofSeconds(61));
        assertThat(create("q", Map.of()).counts()).isEqualTo(new QueueCounts(0, 0, 0));
    }
}
