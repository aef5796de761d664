package dojo.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dojo.grader.api.CheckKind;
import dojo.grader.lab.Lab;
import dojo.grader.lab.WrongVariant;
import dojo.grader.report.CheckResult;
import dojo.grader.report.GradeReport;
import dojo.grader.report.GradeStatus;
import dojo.grader.report.TextReport;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof every lab owes: its reference solution passes every check, each known-wrong variant
 * fails exactly the checks its fails.txt names, and every kind of check the lab uses is failed
 * by at least one variant. A lab that cannot show this fails the build.
 */
class LabsIT {
    @TempDir
    static Path dir;

    static TestGrader test;

    @BeforeAll
    static void start() throws Exception {
        test = TestGrader.start(dir);
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    @Test
    void everyLabFolderLoads() {
        assertThat(test.grader.labs().problems()).isEmpty();
        assertThat(test.grader.labs().labs()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyLabProvesItsChecks() {
        return test.grader.labs().labs().values().stream().map(lab -> DynamicContainer.dynamicContainer(lab.id(),
                Stream.concat(Stream.of(
                        DynamicTest.dynamicTest("each kind of check it uses is failed by a wrong variant", () -> coverage(lab)),
                        DynamicTest.dynamicTest("the reference solution passes every check", () -> reference(lab))),
                        lab.wrongVariants().stream().map(v -> DynamicTest.dynamicTest("wrong variant " + v.name()
                                + " fails exactly " + v.failingChecks(), () -> wrong(lab, v))))));
    }

    private static void coverage(Lab lab) {
        Map<String, CheckKind> kinds = test.grader.checks(lab).kinds();
        Set<CheckKind> covered = EnumSet.noneOf(CheckKind.class);
        for (WrongVariant v : lab.wrongVariants()) {
            assertThat(kinds.keySet()).as("checks named in wrong/%s/fails.txt", v.name()).containsAll(v.failingChecks());
            v.failingChecks().forEach(id -> covered.add(kinds.get(id)));
        }
        assertThat(covered).as("kinds of check failed by some wrong variant of %s", lab.id())
                .containsAll(EnumSet.copyOf(kinds.values()));
    }

    private static void reference(Lab lab) {
        GradeReport report = grade(lab, lab.solutionDir(), "solution");
        assertThat(report.status()).as(TextReport.render(report)).isEqualTo(GradeStatus.PASS);
        assertThat(report.checks()).hasSize(test.grader.checks(lab).ids().size());
    }

    private static void wrong(Lab lab, WrongVariant variant) {
        GradeReport report = grade(lab, variant.dir(), variant.name());
        Set<String> failed = report.checks().stream().filter(c -> !c.passed()).map(CheckResult::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(failed).as(TextReport.render(report)).isEqualTo(new TreeSet<>(variant.failingChecks()));
        List<CheckResult> errors = report.checks().stream().filter(c -> c.status() == dojo.grader.report.CheckStatus.ERROR)
                .toList();
        assertThat(errors).as("a wrong variant fails checks; it does not break them").isEmpty();
    }

    private static GradeReport grade(Lab lab, Path submission, String what) {
        GradeReport report = test.grader.grade(lab, submission);
        System.out.printf("graded %s %s in %.1f s: %s%n", lab.id(), what, report.millis() / 1000.0, report.status());
        return report;
    }
}
