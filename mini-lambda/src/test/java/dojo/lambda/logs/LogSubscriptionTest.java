package dojo.lambda.logs;

import static dojo.lambda.logs.LogStoreTest.ALICE;
import static dojo.lambda.logs.LogStoreTest.BOB;
import static dojo.lambda.logs.LogStoreTest.STREAM;
import static dojo.lambda.logs.LogStoreTest.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSubscriptionTest {
    @TempDir
    Path data;

    private LogStore logs;

    private LogStore store(int subscriberQueue) {
        logs = new LogStore(data, new LogLimits(100, subscriberQueue, Duration.ofMillis(200), 1L << 20));
        return logs;
    }

    @AfterEach
    void close() {
        logs.close();
    }

    private void append(String account, int count) {
        for (int i = 0; i < count; i++) {
            logs.append(account, "hello", STREAM, "req", T0, "line");
        }
    }

    @Test
    void subscriberReceivesNewEventsInOrder() {
        store(100);
        append(ALICE, 2);
        RecordingListener listener = new RecordingListener();

        LogSubscription subscription = logs.subscribe(ALICE, "hello", listener);
        try {
            append(ALICE, 3);
            assertThat(listener.await(3)).containsExactly("#3", "#4", "#5");
        } finally {
            subscription.close();
        }
    }

    @Test
    void subscribingFromACursorReplaysThenFollowsWithoutGapOrRepeat() {
        store(100);
        append(ALICE, 4);
        RecordingListener listener = new RecordingListener();

        LogSubscription subscription = logs.subscribe(ALICE, "hello", 2, listener);
        try {
            append(ALICE, 1);
            assertThat(listener.await(3)).containsExactly("#3", "#4", "#5");
        } finally {
            subscription.close();
        }
    }

    @Test
    void slowSubscriberNeverBlocksAppendsAndIsToldHowManyWereDropped() {
        store(2);
        RecordingListener slow = new RecordingListener(true);

        LogSubscription subscription = logs.subscribe(ALICE, "hello", slow);
        try {
            append(ALICE, 1);
            slow.awaitEntered(); // event 1 is being delivered, the queue is empty
            append(ALICE, 9); // 2 and 3 fill the queue, 4..10 are dropped
            slow.release();
            assertThat(slow.await(3)).containsExactly("#1", "#2", "#3");
            append(ALICE, 1);

            assertThat(slow.await(5)).containsExactly("#1", "#2", "#3", "dropped 7", "#11");
        } finally {
            subscription.close();
        }
    }

    @Test
    void closedSubscriptionReceivesNothingMore() {
        store(100);
        RecordingListener closed = new RecordingListener();
        RecordingListener open = new RecordingListener();
        LogSubscription subscription = logs.subscribe(ALICE, "hello", closed);
        append(ALICE, 1);
        assertThat(closed.await(1)).containsExactly("#1");

        subscription.close();
        LogSubscription other = logs.subscribe(ALICE, "hello", open);
        try {
            append(ALICE, 1);
            assertThat(open.await(1)).containsExactly("#2");
        } finally {
            other.close();
        }
        assertThat(closed.await(1)).containsExactly("#1");
    }

    @Test
    void subscriberSeesOnlyItsOwnAccountsEvents() {
        store(100);
        RecordingListener bob = new RecordingListener();

        LogSubscription subscription = logs.subscribe(BOB, "hello", bob);
        try {
            append(ALICE, 3);
            logs.append(BOB, "hello", STREAM, "req", T0, "bob's");
            assertThat(bob.await(1)).containsExactly("#1");
        } finally {
            subscription.close();
        }
        assertThat(logs.read(BOB, "hello", 0, 10).events()).extracting(LogEvent::message).containsExactly("bob's");
    }

    @Test
    void listenerThatThrowsIsUnsubscribedWithoutHarmingAppends() {
        store(100);
        LogListener broken = new LogListener() {
            @Override
            public void event(LogEvent event) {
                throw new IllegalStateException("client went away");
            }

            @Override
            public void dropped(long count) {}
        };
        logs.subscribe(ALICE, "hello", broken);
        RecordingListener healthy = new RecordingListener();

        LogSubscription subscription = logs.subscribe(ALICE, "hello", healthy);
        try {
            append(ALICE, 3);
            assertThat(healthy.await(3)).containsExactly("#1", "#2", "#3");
        } finally {
            subscription.close();
        }
    }
}
