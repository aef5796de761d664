package dojo.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void theBriefsCommandLineIsUnderstood() {
        ServerConfig c = ServerConfig.parse("--port", "7070", "--data", "/tmp/d", "--content", "content", "--cell-timeout", "8",
                "--jdbc-url", "jdbc:postgresql://db/dojo", "--insecure-cookies");
        assertThat(c.port()).isEqualTo(7070);
        assertThat(c.dataDir()).isEqualTo(Path.of("/tmp/d"));
        assertThat(c.cellLimits().wallClockPerRun()).isEqualTo(Duration.ofSeconds(8));
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db/dojo");
        assertThat(c.secureCookies()).isFalse();
        assertThat(c.unsafeNoSandbox()).isFalse();
    }

    @Test
    void defaultsAreSafe() {
        ServerConfig c = ServerConfig.parse();
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.secureCookies()).isTrue();
        assertThat(c.jdbcUrl()).isNull();
        assertThat(c.passwordIterations()).isEqualTo(600_000);
    }

    @Test
    void mistakesSayWhatIsWrong() {
        assertThatThrownBy(() -> ServerConfig.parse("--prot", "1")).hasMessage("Unknown option '--prot'; run with --help to see the options");
        assertThatThrownBy(() -> ServerConfig.parse("--port")).hasMessage("Expected a value after --port, found the end of the command line");
        assertThatThrownBy(() -> ServerConfig.parse("--port", "abc")).hasMessage("Expected a whole number after --port, found 'abc'");
    }
}
