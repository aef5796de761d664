package dojo.lambda.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.lambda.Engine;
import dojo.lambda.account.Authenticated;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.billing.UsageRecord;
import dojo.lambda.env.EnvironmentEvent;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.logs.LogEvent;
import dojo.lambda.logs.LogListener;
import dojo.lambda.logs.LogPage;
import dojo.lambda.logs.LogSubscription;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The engine's own endpoints, beside AWS's API, for what a learner watches: a function's logs
 * (with a {@code since} cursor, and live as server-sent events), its usage records, its
 * environments' timeline, and the account's monthly bill. Signed like every other request.
 */
final class EngineRoutes {
    private static final String BASE = "/mini-lambda";
    private final Engine engine;
    private final ObjectMapper json;

    EngineRoutes(Engine engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    void register(JavalinDefaultRoutingApi r) {
        r.get(BASE + "/functions/{name}/logs", this::logs);
        r.sse(BASE + "/functions/{name}/logs/live", this::live);
        r.get(BASE + "/functions/{name}/usage", this::usage);
        r.get(BASE + "/functions/{name}/environments", this::environments);
        r.get(BASE + "/bill", this::bill);
    }

    private DeployedFunction fn(Context ctx) {
        return engine.functions().get(LambdaHttp.account(ctx), ctx.pathParam("name"));
    }

    private void logs(Context ctx) {
        DeployedFunction fn = fn(ctx);
        long since = number(ctx, "since", 0);
        int limit = (int) Math.max(1, Math.min(10_000, number(ctx, "limit", 1000)));
        LogPage page = engine.logs().read(fn.config().accountId(), fn.config().name(), since, limit);
        ObjectNode out = json.createObjectNode();
        ArrayNode events = out.putArray("events");
        page.events().forEach(e -> events.add(toJson(e)));
        out.put("nextSince", page.nextCursor());
        out.put("evicted", page.evicted());
        ctx.contentType("application/json").result(out.toString());
    }

    private void live(SseClient client) {
        Context ctx = client.ctx();
        Authenticated caller = ctx.attribute(LambdaHttp.ACCOUNT);
        if (caller == null) {
            client.close();
            return;
        }
        DeployedFunction fn;
        try {
            fn = fn(ctx);
        } catch (ApiException e) {
            client.sendEvent("error", e.getMessage());
            client.close();
            return;
        }
        long since = number(ctx, "since", 0);
        client.keepAlive();
        LogSubscription sub = engine.logs().subscribe(fn.config().accountId(), fn.config().name(), since, new LogListener() {
            @Override
            public void event(LogEvent e) {
                client.sendEvent("log", toJson(e).toString(), Long.toString(e.sequence()));
            }

            @Override
            public void dropped(long count) {
                client.sendEvent("dropped", Long.toString(count));
            }
        });
        client.onClose(sub::close);
    }

    private void usage(Context ctx) {
        DeployedFunction fn = fn(ctx);
        Instant from = instant(ctx, "from", Instant.EPOCH);
        Instant to = instant(ctx, "to", Instant.now().plusSeconds(1));
        ArrayNode out = json.createArrayNode();
        for (UsageRecord u : engine.billing().usage(fn.config().accountId(), fn.config().name(), from, to)) {
            out.add(json.valueToTree(u));
        }
        ctx.contentType("application/json").result(out.toString());
    }

    private void environments(Context ctx) {
        DeployedFunction fn = fn(ctx);
        ArrayNode out = json.createArrayNode();
        for (EnvironmentEvent e : engine.timeline(fn.config().accountId(), fn.config().name())) {
            ObjectNode n = out.addObject();
            n.put("at", e.at().toString());
            n.put("environmentId", e.environmentId());
            n.put("kind", e.kind().name());
            if (e.requestId() != null) {
                n.put("requestId", e.requestId());
            }
        }
        ctx.contentType("application/json").result(out.toString());
    }

    private void bill(Context ctx) {
        String month = ctx.queryParam("month");
        YearMonth m;
        try {
            m = month == null ? YearMonth.now(java.time.ZoneOffset.UTC) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ApiException(ErrorType.InvalidParameterValueException, "month must look like 2026-11; got '" + month + "'.");
        }
        ctx.contentType("application/json").result(json.valueToTree(engine.billing().bill(LambdaHttp.account(ctx), m)).toString());
    }

    private ObjectNode toJson(LogEvent e) {
        ObjectNode n = json.createObjectNode();
        n.put("sequence", e.sequence());
        n.put("timestamp", e.timestamp().toEpochMilli());
        n.put("logStream", e.streamName());
        if (e.requestId() != null) {
            n.put("requestId", e.requestId());
        }
        n.put("message", e.message());
        return n;
    }

    private static long number(Context ctx, String name, long fallback) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorType.InvalidParameterValueException, name + " must be a whole number; got '" + v + "'.");
        }
    }

    private static Instant instant(Context ctx, String name, Instant fallback) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new ApiException(ErrorType.InvalidParameterValueException,
                    name + " must be an ISO-8601 instant such as 2026-11-23T10:00:00Z; got '" + v + "'.");
        }
    }
}
