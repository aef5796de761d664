package dojo.lambda.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EventBridge operations' rules and AWS's error codes and messages. */
class EventsOperationsTest {
    private static final String ACCOUNT = "000000000000";
    private static final String FN = "arn:aws:lambda:us-east-1:000000000000:function:report";
    private final ObjectMapper json = new ObjectMapper();
    private final TestClock clock = new TestClock("2026-11-23T14:58:20Z");

    @TempDir
    Path data;

    private RuleStore store;
    private Scheduler scheduler;
    private RuleOperations rules;
    private TargetOperations targets;

    @BeforeEach
    void setUp() {
        store = RuleStore.open(data);
        scheduler = new Scheduler(store, new RecordingTargets());
        rules = new RuleOperations(store, scheduler, clock, json);
        targets = new TargetOperations(store, json);
    }

    private EventsRequest request(String body) throws Exception {
        return new EventsRequest(json.readTree(body.replace('\'', '"')));
    }

    private static EventsException codeOf(Throwable t) {
        return (EventsException) t;
    }

    @Test
    void putRuleAnswersTheRuleArnAndDescribeShowsTheRule() throws Exception {
        JsonNode put = rules.putRule(ACCOUNT, request("{'Name':'nightly','ScheduleExpression':'cron(0 2 * * ? *)','Description':'d'}"));
        assertThat(put.toString()).isEqualTo("{\"RuleArn\":\"arn:aws:events:us-east-1:000000000000:rule/nightly\"}");
        assertThat(rules.describeRule(ACCOUNT, request("{'Name':'nightly'}")).toString()).isEqualTo("{\"Name\":\"nightly\","
                + "\"Arn\":\"arn:aws:events:us-east-1:000000000000:rule/nightly\",\"ScheduleExpression\":\"cron(0 2 * * ? *)\","
                + "\"State\":\"ENABLED\",\"Description\":\"d\",\"EventBusName\":\"default\",\"CreatedBy\":\"000000000000\"}");
    }

    @Test
    void putRuleWithAnInvalidScheduleIsAValidationExceptionThatExplains() {
        assertThatThrownBy(() -> rules.putRule(ACCOUNT, request("{'Name':'r','ScheduleExpression':'rate(1 minutes)'}")))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessageStartingWith("Parameter ScheduleExpression is not valid. A value of 1 takes the singular unit");
    }

    @Test
    void putRuleNeedsAScheduleAndRefusesEventPatterns() {
        assertThatThrownBy(() -> rules.putRule(ACCOUNT, request("{'Name':'r'}")))
                .hasMessage("Parameter(s) EventPattern or ScheduleExpression must be specified.")
                .satisfies(e -> assertThat(codeOf(e).code()).isEqualTo("ValidationException"));
        assertThatThrownBy(() -> rules.putRule(ACCOUNT, request("{'Name':'r','EventPattern':'{}'}")))
                .hasMessageContaining("scheduled rules only");
        assertThatThrownBy(() -> rules.putRule(ACCOUNT, request("{'Name':'bad name','ScheduleExpression':'rate(1 day)'}")))
                .hasMessageContaining("Value 'bad name' at 'name' failed to satisfy constraint");
    }

    @Test
    void puttingTheSameScheduleAgainKeepsTheRateAnchorAndANewScheduleMovesIt() throws Exception {
        rules.putRule(ACCOUNT, request("{'Name':'r','ScheduleExpression':'rate(10 minutes)'}"));
        var first = scheduler.nextFire(ACCOUNT, "r").orElseThrow();
        clock.advance(Duration.ofMinutes(3));
        rules.putRule(ACCOUNT, request("{'Name':'r','ScheduleExpression':'rate(10 minutes)','Description':'x'}"));
        assertThat(scheduler.nextFire(ACCOUNT, "r")).contains(first);
        rules.putRule(ACCOUNT, request("{'Name':'r','ScheduleExpression':'rate(5 minutes)'}"));
        assertThat(scheduler.nextFire(ACCOUNT, "r")).contains(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void disableAndEnableStopAndRestartTheSchedule() throws Exception {
        rules.putRule(ACCOUNT, request("{'Name':'r','ScheduleExpression':'rate(1 hour)'}"));
        rules.setState(ACCOUNT, request("{'Name':'r'}"), RuleState.DISABLED);
        assertThat(scheduler.nextFire(ACCOUNT, "r")).isEmpty();
        rules.setState(ACCOUNT, request("{'Name':'r'}"), RuleState.ENABLED);
        assertThat(scheduler.nextFire(ACCOUNT, "r")).isPresent();
        assertThatThrownBy(() -> rules.setState(ACCOUNT, request("{'Name':'nope'}"), RuleState.ENABLED))
                .hasMessage("Rule nope does not exist on EventBus default.")
                .satisfies(e -> assertThat(codeOf(e).code()).isEqualTo("ResourceNotFoundException"));
    }

    @Test
    void putTargetsAcceptsFunctionsAndReportsEveryOtherTargetAsAFailedEntry() throws Exception {
        rules.putRule(ACCOUNT, request("{'Name':'r','ScheduleExpression':'rate(1 hour)'}"));
        JsonNode out = targets.putTargets(ACCOUNT, request("{'Rule':'r','Targets':[{'Id':'fn','Arn':'" + FN + "','Input':'{\\\"a\\\":1}'},"
                + "{'Id':'queue','Arn':'arn:aws:sqs:us-east-1:000000000000:q'},"
                + "{'Id':'other','Arn':'arn:aws:lambda:us-east-1:111111111111:function:x'},"
                + "{'Id':'badinput','Arn':'" + FN + "','Input':'{oops'}]}"));
        assertThat(out.get("FailedEntryCount").asInt()).isEqualTo(3);
        assertThat(out.get("FailedEntries").findValuesAsText("TargetId")).containsExactly("queue", "other", "badinput");
        assertThat(out.get("FailedEntries").get(0).get("ErrorMessage").asText()).contains("is not a Lambda function ARN");
        assertThat(targets.listTargets(ACCOUNT, request("{'Rule':'r'}")).toString())
                .isEqualTo("{\"Targets\":[{\"Id\":\"fn\",\"Arn\":\"" + FN + "\",\"Input\":\"{\\\"a\\\":1}\"}]}");
    }

    @Test
    void aRuleHasAtMostFiveTargetsAndCannotBeDeletedWhileItHasAny() throws Exception {
        rules.putRule(ACCOUNT, request("{'Name':'r','ScheduleExpression':'rate(1 hour)'}"));
        StringBuilder six = new StringBuilder("{'Rule':'r','Targets':[");
        for (int i = 0; i < 6; i++) {
            six.append(i == 0 ? "" : ",").append("{'Id':'t").append(i).append("','Arn':'").append(FN).append("'}");
        }
        assertThatThrownBy(() -> targets.putTargets(ACCOUNT, request(six + "]}")))
                .satisfies(e -> assertThat(codeOf(e).code()).isEqualTo("LimitExceededException"));
        targets.putTargets(ACCOUNT, request("{'Rule':'r','Targets':[{'Id':'t','Arn':'" + FN + "'}]}"));
        assertThatThrownBy(() -> rules.deleteRule(ACCOUNT, request("{'Name':'r'}"))).hasMessage("Rule can't be deleted since it has targets.");
        JsonNode removed = targets.removeTargets(ACCOUNT, request("{'Rule':'r','Ids':['t','ghost']}"));
        assertThat(removed.get("FailedEntryCount").asInt()).isEqualTo(1);
        rules.deleteRule(ACCOUNT, request("{'Name':'r'}"));
        assertThat(rules.listRules(ACCOUNT, request("{}")).toString()).isEqualTo("{\"Rules\":[]}");
    }

    @Test
    void listRulesPagesByNameWithAPrefix() throws Exception {
        for (String n : new String[] {"a1", "a2", "a3", "b1"}) {
            rules.putRule(ACCOUNT, request("{'Name':'" + n + "','ScheduleExpression':'rate(1 day)'}"));
        }
        JsonNode page = rules.listRules(ACCOUNT, request("{'NamePrefix':'a','Limit':2}"));
        assertThat(page.get("Rules").findValuesAsText("Name")).containsExactly("a1", "a2");
        JsonNode next = rules.listRules(ACCOUNT, request("{'NamePrefix':'a','Limit':2,'NextToken':'" + page.get("NextToken").asText() + "'}"));
        assertThat(next.get("Rules").findValuesAsText("Name")).containsExactly("a3");
        assertThat(next.has("NextToken")).isFalse();
    }
}
