package dojo.grader.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotTest {
    static final Snapshot EMPTY = Snapshot.of("table payments", Map.of());

    @Test
    void aDiffListsAddedRemovedAndChangedEntries() {
        Snapshot before = Snapshot.of("table payments", Map.of("o-1", "{\"charged\":10}", "o-2", "{\"charged\":5}"));
        Snapshot after = Snapshot.of("table payments", Map.of("o-1", "{\"charged\":20}", "o-3", "{\"charged\":7}"));
        assertThat(before.diff(after).render()).isEqualTo(String.join("\n",
                "table payments:",
                "  + o-3: {\"charged\":7}",
                "  - o-2: {\"charged\":5}",
                "  ~ o-1: {\"charged\":10} -> {\"charged\":20}"));
        assertThat(before.diff(before).isEmpty()).isTrue();
        assertThat(before.diff(before).render()).isEqualTo("table payments: no change");
    }

    @Test
    void aRepeatedDeliveryWithMoreEffectsFailsShowingBothDiffs() {
        Diff once = EMPTY.diff(Snapshot.of("table payments", Map.of("o-1", "{\"charged\":10}")));
        Diff twice = EMPTY.diff(Snapshot.of("table payments", Map.of("o-1", "{\"charged\":20}")));
        Expect.sameSideEffects(once, once, "unused");
        assertThatThrownBy(() -> Expect.sameSideEffects(once, twice, "Write with a condition."))
                .isInstanceOf(CheckFailure.class)
                .hasMessage(String.join("\n",
                        "Expected: the side effects of one delivery:",
                        "table payments:",
                        "  + o-1: {\"charged\":10}",
                        "Got: after the repeated delivery:",
                        "table payments:",
                        "  + o-1: {\"charged\":20}",
                        "Try: Write with a condition."));
    }
}
