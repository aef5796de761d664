package dojo.lambda.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WakeTest {
    @TempDir
    Path data;

    @Test
    void waitingReceiveGetsAMessageWhoseVisibilityTimeoutEnds() throws Exception {
        try (Queues queues = new Queues(data, java.time.InstantSource.system())) {
            Queue q = queues.create(new QueueAddress("000000000000", "w"), Map.of(), Map.of());
            var first = q.receive(1, 30, 5_000);
            q.send(new Outgoing("m", null, null, null, null, null, "x"));
            assertThat(first.get(2, TimeUnit.SECONDS)).hasSize(1);
            var other = q.receive(1, 30, 10_000);
            var second = q.receive(1, 1, 10_000);
            q.send(new Outgoing("n", null, null, null, null, null, "x"));
            long t0 = System.nanoTime();
            assertThat(other.get(2, TimeUnit.SECONDS)).hasSize(1);
            System.out.println("second: " + second.isDone());
            q.changeVisibility(first.get().get(0).receiptHandle(), 1);
            assertThat(second.get(3, TimeUnit.SECONDS)).hasSize(1);
            System.out.println("took " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }
}
