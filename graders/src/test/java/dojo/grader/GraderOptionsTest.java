package dojo.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GraderOptionsTest {
    @Test
    void readsEveryOptionAndDefaultsToTextAndTheLabsFolder() {
        GraderOptions o = GraderOptions.parse(new String[] {"--lab", "first-handler", "--submission", "Greeter.java"});
        assertThat(o).isEqualTo(new GraderOptions(false, "first-handler", Path.of("Greeter.java"), "text", null,
                Path.of("labs"), null));
        GraderOptions all = GraderOptions.parse(new String[] {"--lab", "x", "--submission", "s", "--format", "gradescope",
                "--out", "r.json", "--labs", "l", "--due", "2026-03-01"});
        assertThat(all.format()).isEqualTo("gradescope");
        assertThat(all.out()).isEqualTo(Path.of("r.json"));
        assertThat(all.due()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(GraderOptions.parse(new String[] {"--list"}).list()).isTrue();
    }

    @Test
    void badUsageSaysWhatWasWrong() {
        assertThatThrownBy(() -> GraderOptions.parse(new String[] {"--lab", "x"}))
                .hasMessage("Expected --lab and --submission (or --list), found no --submission.");
        assertThatThrownBy(() -> GraderOptions.parse(new String[] {"--lab", "x", "--submission", "s", "--format", "xml"}))
                .hasMessage("--format must be one of [text, exercism, gradescope], found 'xml'.");
        assertThatThrownBy(() -> GraderOptions.parse(new String[] {"--lab"})).hasMessage("--lab needs a value.");
        assertThatThrownBy(() -> GraderOptions.parse(new String[] {"--colour"})).hasMessage("Unknown option '--colour'.");
    }
}
