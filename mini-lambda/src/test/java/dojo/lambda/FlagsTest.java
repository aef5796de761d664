package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlagsTest {
    @Test
    void everyOptionIsRead() {
        EngineConfig c = Flags.parse(List.of("--port", "0", "--data", "d", "--idle-timeout", "30s", "--account-concurrency", "50",
                "--async-retry-delays", "250ms,2s", "--max-event-age", "1h", "--no-default-account", "--unsafe-no-sandbox"));
        assertThat(c.port()).isZero();
        assertThat(c.dataDir()).isEqualTo(Path.of("d"));
        assertThat(c.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.accountConcurrency()).isEqualTo(50);
        assertThat(c.asyncRetryDelays()).containsExactly(Duration.ofMillis(250), Duration.ofSeconds(2));
        assertThat(c.maxEventAge()).isEqualTo(Duration.ofHours(1));
        assertThat(c.defaultAccount()).isFalse();
        assertThat(c.unsafeNoSandbox()).isTrue();
    }

    @Test
    void defaultsAreAwsLike() {
        EngineConfig c = Flags.parse(List.of("--data", "d"));
        assertThat(c.port()).isEqualTo(9000);
        assertThat(c.idleTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.accountConcurrency()).isEqualTo(1000);
        assertThat(c.asyncRetryDelays()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2));
        assertThat(c.defaultAccount()).isTrue();
    }

    @Test
    void mistakesSayHowToFixThem() {
        assertThatThrownBy(() -> Flags.parse(List.of("--port", "x", "--data", "d")))
                .hasMessage("--port expects a number from 0 to 65535; got 'x'");
        assertThatThrownBy(() -> Flags.parse(List.of("--data")))
                .hasMessage("--data needs a value. Run with --help to see every option.");
        assertThatThrownBy(() -> Flags.parse(List.of("--data", "d", "--async-retry-delays", "1m")))
                .hasMessage("--async-retry-delays expects two durations such as 1m,2m (AWS retries twice); got 1m");
        assertThatThrownBy(() -> Flags.parse(List.of())).hasMessageContaining("--data DIR is required");
    }
}
