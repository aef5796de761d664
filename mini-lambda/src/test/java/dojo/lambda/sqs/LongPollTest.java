package dojo.lambda.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiting receives on the real clock: served by sends and by the timer when hidden messages come back. */
class LongPollTest {
    @TempDir
    Path data;

    static Outgoing message(String body) {
        return new Outgoing(body, null, null, null, null, null, "test");
    }

    @Test
    void waitingReceiveGetsAMessageWhoseVisibilityTimeoutEndsWhileItWaits() throws Exception {
        try (Queues queues = new Queues(data, InstantSource.system())) {
            Queue q = queues.create(new QueueAddress("000000000000", "w"), Map.of(), Map.of());
            q.send(message("m"));
            Delivery first = q.receive(1, 30, 0).join().get(0);
            var waiting = q.receive(1, null, 10_000);
            q.changeVisibility(first.receiptHandle(), 1);
            long t0 = System.nanoTime();
            Delivery again = waiting.get(5, TimeUnit.SECONDS).get(0);
            assertThat(again.content().messageId()).isEqualTo(first.content().messageId());
            assertThat(again.receiveCount()).isEqualTo(2);
            assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(500L, 4_000L);
        }
    }

    @Test
    void waitersAreServedInTheOrderTheyStartedWaiting() throws Exception {
        try (Queues queues = new Queues(data, InstantSource.system())) {
            Queue q = queues.create(new QueueAddress("000000000000", "o"), Map.of(), Map.of());
            var first = q.receive(1, 30, 10_000);
            var second = q.receive(1, 30, 10_000);
            q.send(message("a"));
            assertThat(first.get(2, TimeUnit.SECONDS)).hasSize(1);
            assertThat(second).isNotDone();
            q.send(message("b"));
            assertThat(second.get(2, TimeUnit.SECONDS)).extracting(d -> d.content().body()).containsExactly("b");
        }
    }
}
