package dojo.lambda.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scheduled rule on an account's default event bus. {@code createdAt} anchors a rate schedule
 * and moves when the expression changes. Targets keep the order they were put in.
 */
record Rule(String accountId, String name, String scheduleExpression, RuleState state, String description, Instant createdAt,
        List<Target> targets) {
    static final String REGION = "us-east-1";

    Rule {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scheduleExpression, "scheduleExpression");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        targets = List.copyOf(targets == null ? List.of() : targets);
    }

    String arn() {
        return "arn:aws:events:" + REGION + ":" + accountId + ":rule/" + name;
    }

    ScheduleExpression schedule() {
        return ScheduleExpression.parse(scheduleExpression);
    }

    Rule withState(RuleState newState) {
        return new Rule(accountId, name, scheduleExpression, newState, description, createdAt, targets);
    }

    /** The targets with {@code put} added, replacing targets of the same id. */
    Rule withTargets(List<Target> put) {
        List<Target> merged = new ArrayList<>(targets);
        for (Target t : put) {
            merged.removeIf(old -> old.id().equals(t.id()));
            merged.add(t);
        }
        return new Rule(accountId, name, scheduleExpression, state, description, createdAt, merged);
    }

    Rule withoutTargets(List<String> ids) {
        List<Target> kept = new ArrayList<>(targets);
        kept.removeIf(t -> ids.contains(t.id()));
        return new Rule(accountId, name, scheduleExpression, state, description, createdAt, kept);
    }
}
