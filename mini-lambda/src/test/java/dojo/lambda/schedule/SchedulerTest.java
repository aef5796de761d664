package dojo.lambda.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler fires due rules when ticked, with AWS's Scheduled Event or the target's Input. */
class SchedulerTest {
    private static final String ACCOUNT = "000000000000";
    private static final String FN = "arn:aws:lambda:us-east-1:000000000000:function:report";
    private static final Instant T0 = Instant.parse("2026-11-23T14:58:20Z");

    @TempDir
    Path data;

    private final RecordingTargets targets = new RecordingTargets();

    private Scheduler schedulerWith(Rule... rules) {
        RuleStore store = RuleStore.open(data);
        for (Rule r : rules) {
            store.put(r);
        }
        Scheduler scheduler = new Scheduler(store, targets);
        scheduler.start(T0);
        return scheduler;
    }

    private static Rule rule(String name, String expression, RuleState state, Target... targets) {
        return new Rule(ACCOUNT, name, expression, state, null, T0, List.of(targets));
    }

    @Test
    void rateRuleFiresOncePerPeriodWithTheScheduledEvent() {
        Scheduler scheduler = schedulerWith(rule("every5", "rate(5 minutes)", RuleState.ENABLED, new Target("t1", FN, null)));
        assertThat(scheduler.nextFire(ACCOUNT, "every5")).contains(T0.plus(Duration.ofMinutes(5)));

        assertThat(scheduler.tick(T0.plus(Duration.ofMinutes(4)))).isZero();
        assertThat(scheduler.tick(T0.plus(Duration.ofMinutes(5)))).isEqualTo(1);
        assertThat(scheduler.tick(T0.plus(Duration.ofMinutes(6)))).isZero();

        var event = targets.deliveries.get(0).event();
        assertThat(targets.deliveries.get(0).arn()).isEqualTo(FN);
        assertThat(event.get("version").asText()).isEqualTo("0");
        assertThat(event.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(event.get("detail-type").asText()).isEqualTo("Scheduled Event");
        assertThat(event.get("source").asText()).isEqualTo("aws.events");
        assertThat(event.get("account").asText()).isEqualTo(ACCOUNT);
        assertThat(event.get("time").asText()).isEqualTo("2026-11-23T15:03:20Z");
        assertThat(event.get("region").asText()).isEqualTo("us-east-1");
        assertThat(event.get("resources").get(0).asText()).isEqualTo("arn:aws:events:us-east-1:000000000000:rule/every5");
        assertThat(event.get("detail").isObject() && event.get("detail").isEmpty()).isTrue();
    }

    @Test
    void cronRuleFiresAtItsMinuteWithTheTargetsInputVerbatim() {
        Scheduler scheduler = schedulerWith(rule("at3pm", "cron(0 15 * * ? *)", RuleState.ENABLED,
                new Target("t1", FN, "{\"job\": \"cleanup\"}")));
        assertThat(scheduler.tick(Instant.parse("2026-11-23T14:59:59Z"))).isZero();
        assertThat(scheduler.tick(Instant.parse("2026-11-23T15:00:00Z"))).isEqualTo(1);
        assertThat(targets.deliveries.get(0).event().toString()).isEqualTo("{\"job\":\"cleanup\"}");
        assertThat(scheduler.nextFire(ACCOUNT, "at3pm")).contains(Instant.parse("2026-11-24T15:00:00Z"));
    }

    @Test
    void eachTargetOfARuleGetsTheEventEvenWhenAnotherTargetFails() {
        Scheduler scheduler = schedulerWith(rule("fanout", "rate(1 minute)", RuleState.ENABLED, new Target("a", FN + "broken", null),
                new Target("b", FN, null), new Target("c", FN, "[1,2]")));
        assertThat(scheduler.tick(T0.plus(Duration.ofMinutes(1)))).isEqualTo(2);
        assertThat(targets.deliveries).extracting(d -> d.event().has("detail-type") ? "scheduled" : d.event().toString())
                .containsExactly("scheduled", "[1,2]");
    }

    @Test
    void oneTickSendsEachMissedOccurrenceUpToTheCatchUpLimitThenMovesPastNow() {
        Scheduler scheduler = schedulerWith(rule("minutely", "rate(1 minute)", RuleState.ENABLED, new Target("t", FN, null)));
        Instant later = T0.plus(Duration.ofMinutes(3)).plusSeconds(5);
        assertThat(scheduler.tick(later)).isEqualTo(3);
        assertThat(targets.deliveries).extracting(d -> d.event().get("time").asText())
                .containsExactly("2026-11-23T14:59:20Z", "2026-11-23T15:00:20Z", "2026-11-23T15:01:20Z");

        Instant muchLater = later.plus(Duration.ofHours(2));
        assertThat(scheduler.tick(muchLater)).isEqualTo(Scheduler.MAX_CATCH_UP);
        assertThat(scheduler.nextFire(ACCOUNT, "minutely").orElseThrow()).isAfter(muchLater);
    }

    @Test
    void disabledRuleDoesNotFireAndHasNoNextFireTime() {
        Scheduler scheduler = schedulerWith(rule("off", "rate(1 minute)", RuleState.DISABLED, new Target("t", FN, null)));
        assertThat(scheduler.tick(T0.plus(Duration.ofHours(1)))).isZero();
        assertThat(scheduler.nextFire(ACCOUNT, "off")).isEmpty();
    }

    @Test
    void ruleWhoseLastYearHasPassedStopsFiring() {
        Scheduler scheduler = schedulerWith(rule("once", "cron(0 15 23 11 ? 2026)", RuleState.ENABLED, new Target("t", FN, null)));
        assertThat(scheduler.tick(Instant.parse("2026-11-23T15:00:00Z"))).isEqualTo(1);
        assertThat(scheduler.nextFire(ACCOUNT, "once")).isEmpty();
        assertThat(scheduler.tick(Instant.parse("2027-11-23T15:00:00Z"))).isZero();
    }

    @Test
    void rulesAndTargetsSurviveARestart() {
        schedulerWith(rule("kept", "cron(0 15 * * ? *)", RuleState.ENABLED, new Target("t", FN, "{\"a\":1}")));
        RuleStore reopened = RuleStore.open(data);
        assertThat(reopened.list(ACCOUNT)).singleElement()
                .satisfies(r -> assertThat(r).isEqualTo(rule("kept", "cron(0 15 * * ? *)", RuleState.ENABLED, new Target("t", FN, "{\"a\":1}"))));
        Scheduler restarted = new Scheduler(reopened, targets);
        restarted.start(Instant.parse("2026-11-23T16:00:00Z"));
        assertThat(restarted.nextFire(ACCOUNT, "kept")).contains(Instant.parse("2026-11-24T15:00:00Z"));
    }
}
