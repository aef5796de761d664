package dojo.course.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabGradeTest {
    private static final Instant DUE = Instant.parse("2026-12-01T00:00:00Z");

    private static LabGrade.Check check(String id, String status, double points, boolean hidden) {
        return new LabGrade.Check(1, id, id, "CORRECTNESS", status, status.equals("PASS") ? points : 0, points, "", hidden, List.of());
    }

    private static final LabGrade GRADE = new LabGrade("FAIL", "", List.of(), List.of(check("greets", "PASS", 2, false),
            check("trims", "FAIL", 1, true)), DUE.toEpochMilli(), 1234);

    @Test
    void checksHiddenUntilTheDueDateAreLeftOutAndNotCountedBeforeIt() {
        LabGrade before = GRADE.visibleAt(DUE.minusSeconds(1));
        assertThat(before.checks()).extracting(LabGrade.Check::id).containsExactly("greets");
        assertThat(before.status()).isEqualTo("PASS");
        assertThat(before.score()).isEqualTo(2);
        assertThat(before.maxScore()).isEqualTo(2);
    }

    @Test
    void fromTheDueDateOnEveryCheckShowsAndCounts() {
        LabGrade after = GRADE.visibleAt(DUE);
        assertThat(after.checks()).extracting(LabGrade.Check::id).containsExactly("greets", "trims");
        assertThat(after.status()).isEqualTo("FAIL");
        assertThat(after.maxScore()).isEqualTo(3);
    }

    @Test
    void aLabWithoutADueDateNeverShowsItsHiddenChecks() {
        LabGrade never = new LabGrade("FAIL", "", List.of(), GRADE.checks(), null, 1);
        assertThat(never.visibleAt(Instant.parse("2100-01-01T00:00:00Z")).checks()).extracting(LabGrade.Check::id)
                .containsExactly("greets");
    }
}
