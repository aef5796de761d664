package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.schedule.EventBridgeService;
import fixtures.ScheduledReport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** Scheduled rules set up with the SDK's EventBridgeClient, fired through the scheduler's clock. */
class ScheduleIT {
    private static final String ACCOUNT = "000000000000";
    private static final String FN = "arn:aws:lambda:us-east-1:000000000000:function:report";

    @TempDir
    Path data;

    @Test
    void scheduledRuleDeliversAFullyPopulatedScheduledEventToATypedHandler() throws Exception {
        try (TestEngine t = TestEngine.start(data); EventBridgeClient events = events(t)) {
            EventBridgeService service = (EventBridgeService) t.engine.service("events");
            service.stopRealTime();
            try (var lambda = t.lambda()) {
                lambda.createFunction(b -> b.functionName("report").runtime(Runtime.JAVA17)
                    .handler(ScheduledReport.class.getName() + "::handleRequest").role("arn:aws:iam::000000000000:role/r")
                        .memorySize(512).timeout(30).code(c -> c.zipFile(SdkBytes.fromByteArray(EventPackages.zipOf(ScheduledReport.class)))));
            }

            String arn = events.putRule(b -> b.name("every-5").scheduleExpression("rate(5 minutes)")).ruleArn();
            assertThat(arn).isEqualTo("arn:aws:events:us-east-1:000000000000:rule/every-5");
            assertThat(events.putTargets(b -> b.rule("every-5").targets(Target.builder().id("report").arn(FN).build()))
                    .failedEntryCount()).isZero();

            Instant due = service.scheduler().nextFire(ACCOUNT, "every-5").orElseThrow();
            assertThat(service.scheduler().tick(due.minusSeconds(1))).isZero();
            assertThat(service.scheduler().tick(due)).isEqualTo(1);

            String line = awaitLog(t, "scheduled ");
            String time = due.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ".000Z");
            assertThat(line).matches("scheduled version=0 id=[0-9a-f-]{36} detailType=Scheduled Event source=aws.events"
                    + " account=000000000000 time=" + time.replace(".", "\\.") + " region=us-east-1"
                    + " resources=\\[arn:aws:events:us-east-1:000000000000:rule/every-5\\] detail=\\{\\}");
        }
    }

    @Test
    void rulesComeBackThroughTheSdkAndSurviveARestart() throws Exception {
        try (TestEngine t = TestEngine.start(data); EventBridgeClient events = events(t)) {
            events.putRule(b -> b.name("nightly").scheduleExpression("cron(0 2 ? * MON-FRI *)").description("weekday report"));
            events.putTargets(b -> b.rule("nightly").targets(Target.builder().id("report").arn(FN).input("{\"kind\":\"nightly\"}").build()));
            events.disableRule(b -> b.name("nightly"));
        }
        try (TestEngine t = TestEngine.start(data); EventBridgeClient events = events(t)) {
            var rule = events.describeRule(b -> b.name("nightly"));
            assertThat(rule.scheduleExpression()).isEqualTo("cron(0 2 ? * MON-FRI *)");
            assertThat(rule.state()).isEqualTo(RuleState.DISABLED);
            assertThat(rule.description()).isEqualTo("weekday report");
            assertThat(events.listRules(b -> b.namePrefix("night")).rules()).extracting(r -> r.name()).containsExactly("nightly");
            assertThat(events.listTargetsByRule(b -> b.rule("nightly")).targets()).singleElement()
                    .satisfies(target -> assertThat(target.input()).isEqualTo("{\"kind\":\"nightly\"}"));
            EventBridgeService service = (EventBridgeService) t.engine.service("events");
            assertThat(service.scheduler().nextFire(ACCOUNT, "nightly")).isEqualTo(Optional.empty());
            events.enableRule(b -> b.name("nightly"));
            assertThat(service.scheduler().nextFire(ACCOUNT, "nightly")).isPresent();
        }
    }

    @Test
    void sdkSeesAwsErrorCodesAndExplainedMessages() throws Exception {
        try (TestEngine t = TestEngine.start(data); EventBridgeClient events = events(t)) {
            assertThatThrownBy(() -> events.putRule(b -> b.name("bad").scheduleExpression("rate(1 minutes)")))
                    .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Parameter ScheduleExpression is not valid."
                                + " A value of 1 takes the singular unit: write rate(1 minute), not 'rate(1 minutes)'.");
                    });
            assertThatThrownBy(() -> events.describeRule(b -> b.name("missing")))
                    .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Rule missing does not exist on EventBus default.");
            assertThatThrownBy(() -> events.putEvents(b -> b.entries(PutEventsRequestEntry.builder().source("app").detailType("x").detail("{}").build())))
                    .isInstanceOfSatisfying(EventBridgeException.class,
                            e -> assertThat(e.awsErrorDetails().errorMessage()).contains("PutEvents is not served by this engine"));
        }
    }

    private static String awaitLog(TestEngine t, String prefix) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            Optional<String> line = t.engine.logs().read(ACCOUNT, "report", 0, 1000).events().stream()
                    .map(e -> e.message()).filter(m -> m.startsWith(prefix)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line starting with '" + prefix + "' within 30 s: "
                + t.engine.logs().read(ACCOUNT, "report", 0, 1000).events());
    }

    private static EventBridgeClient events(TestEngine t) {
        return EventBridgeClient.builder().endpointOverride(URI.create(t.engine.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
