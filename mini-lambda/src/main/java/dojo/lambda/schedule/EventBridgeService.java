package dojo.lambda.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.Engine;
import dojo.lambda.account.Authenticated;
import dojo.lambda.api.ApiException;
import dojo.lambda.http.AuthErrors;
import dojo.lambda.http.AwsService;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.InstantSource;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Amazon EventBridge's scheduled rules on the engine's port, in EventBridge's JSON protocol
 * (signing name {@code events}, {@code X-Amz-Target: AWSEvents.<Operation>}), so the SDK's
 * {@code EventBridgeClient} and the CLI work unchanged: PutRule, DescribeRule, ListRules,
 * DeleteRule, EnableRule, DisableRule, PutTargets, ListTargetsByRule, RemoveTargets. Targets are
 * Lambda functions, invoked asynchronously with the Scheduled Event or the target's Input.
 * Rules are kept per account under the data directory and survive a restart.
 *
 * <p>Time comes from the {@link InstantSource} given; {@link #startRealTime()} ticks the
 * {@link #scheduler()} once a second with it. Tests leave the loop off (or stop it) and call
 * {@link Scheduler#tick} themselves. Thread-safe; {@link #close()} stops the loop.
 */
public final class EventBridgeService implements AwsService, AuthErrors, AutoCloseable {
    private static final List<String> OPERATIONS = List.of("PutRule", "DescribeRule", "ListRules", "DeleteRule", "EnableRule",
            "DisableRule", "PutTargets", "ListTargetsByRule", "RemoveTargets");
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final ObjectMapper json = new ObjectMapper();
    private final InstantSource clock;
    private final Scheduler scheduler;
    private final RuleOperations ruleOps;
    private final TargetOperations targetOps;
    private ScheduledExecutorService loop;

    public EventBridgeService(Engine engine, InstantSource clock) {
        this.clock = clock;
        RuleStore rules = RuleStore.open(engine.dataDir());
        this.scheduler = new Scheduler(rules, (accountId, arn, event) -> engine.async().submit(accountId, functionName(arn), event));
        this.scheduler.start(clock.instant());
        this.ruleOps = new RuleOperations(rules, scheduler, clock, json);
        this.targetOps = new TargetOperations(rules, json);
    }

    /** Starts ticking the scheduler once a second with this service's clock; returns this. */
    public synchronized EventBridgeService startRealTime() {
        if (loop == null) {
            loop = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "eventbridge-scheduler");
                t.setDaemon(true);
                return t;
            });
            loop.scheduleAtFixedRate(this::tickNow, 1, 1, TimeUnit.SECONDS);
        }
        return this;
    }

    /** Stops the real-time loop; the scheduler then fires only when {@link Scheduler#tick} is called. */
    public synchronized void stopRealTime() {
        if (loop != null) {
            loop.shutdownNow();
            loop = null;
        }
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public String signingName() {
        return "events";
    }

    @Override
    public void handle(Context ctx, Authenticated caller) {
        try {
            String target = ctx.header("X-Amz-Target");
            String op = target != null && target.startsWith("AWSEvents.") ? target.substring("AWSEvents.".length()) : null;
            if (op == null || !OPERATIONS.contains(op)) {
                throw new EventsException("UnknownOperationException", "The operation " + (op == null ? target : op)
                        + " is not served by this engine. EventBridge here serves scheduled rules: " + String.join(", ", OPERATIONS) + ".");
            }
            answer(ctx, 200, dispatch(op, caller.account().accountId(), new EventsRequest(body(ctx))));
        } catch (EventsException e) {
            answer(ctx, 400, error(e.code(), e.getMessage()));
        } catch (ApiException e) {
            answer(ctx, 400, error(e.type().name(), e.getMessage()));
        }
    }

    @Override
    public void authFailed(Context ctx, ApiException error) {
        answer(ctx, error.type().status(), error(error.type().name(), error.getMessage()));
    }

    @Override
    public void close() {
        stopRealTime();
    }

    private JsonNode dispatch(String op, String accountId, EventsRequest request) {
        return switch (op) {
            case "PutRule" -> ruleOps.putRule(accountId, request);
            case "DescribeRule" -> ruleOps.describeRule(accountId, request);
            case "ListRules" -> ruleOps.listRules(accountId, request);
            case "DeleteRule" -> ruleOps.deleteRule(accountId, request);
            case "EnableRule" -> ruleOps.setState(accountId, request, RuleState.ENABLED);
            case "DisableRule" -> ruleOps.setState(accountId, request, RuleState.DISABLED);
            case "PutTargets" -> targetOps.putTargets(accountId, request);
            case "ListTargetsByRule" -> targetOps.listTargets(accountId, request);
            case "RemoveTargets" -> targetOps.removeTargets(accountId, request);
            default -> throw new IllegalStateException("operation listed but not dispatched: " + op);
        };
    }

    private JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        try {
            JsonNode body = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
            if (!body.isObject()) {
                throw EventsException.validation("The request body must be a JSON object, found " + body.getNodeType() + ".");
            }
            return body;
        } catch (IOException e) {
            throw new EventsException("SerializationException", "The request body is not valid JSON: " + e.getMessage());
        }
    }

    private JsonNode error(String code, String message) {
        return json.createObjectNode().put("__type", code).put("message", message);
    }

    private void answer(Context ctx, int status, JsonNode body) {
        ctx.status(status);
        ctx.header("x-amzn-RequestId", UUID.randomUUID().toString());
        ctx.contentType(CONTENT_TYPE);
        ctx.result(body.toString());
    }

    private void tickNow() {
        try {
            scheduler.tick(clock.instant());
        } catch (RuntimeException e) {
            // a broken rule must not stop every other schedule; the next tick tries again
        }
    }

    /** {@code arn:aws:lambda:region:account:function:name[:qualifier]} -> name. */
    static String functionName(String arn) {
        return arn.split(":")[6];
    }
}
