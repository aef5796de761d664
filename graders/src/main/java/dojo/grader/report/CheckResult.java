package dojo.grader.report;

import dojo.grader.api.CheckKind;
import dojo.grader.api.Visibility;
import java.util.List;
import java.util.Objects;

/**
 * One check's result in a grade.
 *
 * @param order the check's place in the lab's stated order
 * @param id the check method's name (what {@code fails.txt} lists)
 * @param points earned: {@code maxPoints} when passed, else 0
 * @param message for the learner: expected, got, what to try; "" when passed
 * @param code the check's source, shown with a failure
 * @param millis how long the check took
 */
public record CheckResult(
        int order,
        String id,
        String title,
        CheckKind kind,
        CheckStatus status,
        double points,
        double maxPoints,
        String message,
        String code,
        Visibility visibility,
        List<Evidence> evidence,
        long millis) {

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(visibility, "visibility");
        evidence = List.copyOf(evidence);
    }

    public boolean passed() {
        return status == CheckStatus.PASS;
    }
}
