package dojo.lambda.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.lambda.Engine;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.invoke.EventInvokeConfig;
import dojo.lambda.invoke.InvokeResult;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Invoke (sync, async, dry run, log tail) and the asynchronous invocation settings. */
final class InvokeRoutes {
    static final int MAX_SYNC_PAYLOAD = 6 * 1024 * 1024;
    static final int MAX_ASYNC_PAYLOAD = 1024 * 1024;

    private final Engine engine;
    private final ObjectMapper json;

    InvokeRoutes(Engine engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    void register(JavalinDefaultRoutingApi r) {
        r.post("/2015-03-31/functions/{name}/invocations", this::invoke);
        r.put("/2019-09-25/functions/{name}/event-invoke-config", this::putEventInvokeConfig);
        r.post("/2019-09-25/functions/{name}/event-invoke-config", this::putEventInvokeConfig);
        r.get("/2019-09-25/functions/{name}/event-invoke-config", this::getEventInvokeConfig);
    }

    private void invoke(Context ctx) {
        String account = LambdaHttp.account(ctx);
        DeployedFunction fn = engine.functions().get(account, ctx.pathParam("name"));
        String type = ctx.header("X-Amz-Invocation-Type");
        byte[] payload = ctx.bodyAsBytes();
        type = type == null ? "RequestResponse" : type;
        switch (type) {
            case "RequestResponse" -> {
                limit(payload, MAX_SYNC_PAYLOAD);
                requireJson(payload);
                boolean tail = "Tail".equals(ctx.header("X-Amz-Log-Type"));
                InvokeResult r = engine.invoker().invoke(fn, payload, clientContext(ctx), tail);
                ctx.status(200);
                ctx.header("X-Amz-Executed-Version", "$LATEST");
                ctx.header("x-amzn-RequestId", r.requestId());
                if (r.functionError() != null) {
                    ctx.header("X-Amz-Function-Error", r.functionError());
                }
                if (tail) {
                    ctx.header("X-Amz-Log-Result", Base64.getEncoder().encodeToString(r.log().getBytes(StandardCharsets.UTF_8)));
                }
                ctx.contentType("application/json");
                ctx.result(r.payload());
            }
            case "Event" -> {
                limit(payload, MAX_ASYNC_PAYLOAD);
                requireJson(payload);
                String id = engine.async().submit(account, fn.config().name(), payload);
                ctx.header("x-amzn-RequestId", id);
                ctx.status(202);
            }
            case "DryRun" -> ctx.status(204);
            default -> throw new ApiException(ErrorType.InvalidParameterValueException,
                    "X-Amz-Invocation-Type must be RequestResponse, Event or DryRun; got '" + type + "'.");
        }
    }

    private static String clientContext(Context ctx) {
        String b64 = ctx.header("X-Amz-Client-Context");
        if (b64 == null) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorType.InvalidParameterValueException,
                    "X-Amz-Client-Context must be base64-encoded JSON: " + e.getMessage());
        }
    }

    private static void limit(byte[] payload, int max) {
        if (payload.length > max) {
            throw new ApiException(ErrorType.RequestTooLargeException,
                    "Request must be smaller than " + max + " bytes for the InvokeFunction operation");
        }
    }

    private void requireJson(byte[] payload) {
        if (payload.length == 0) {
            return;
        }
        try {
            json.readTree(payload);
        } catch (java.io.IOException e) {
            throw new ApiException(ErrorType.InvalidRequestContentException,
                    "Could not parse request body into json: the payload must be valid JSON (a string payload needs quotes, "
                            + "e.g. \"hello\").");
        }
    }

    private void putEventInvokeConfig(Context ctx) {
        String account = LambdaHttp.account(ctx);
        DeployedFunction fn = engine.functions().get(account, ctx.pathParam("name"));
        JsonNode body = Requests.json(json, ctx);
        Integer retries = Requests.integer(body, "MaximumRetryAttempts");
        Integer age = Requests.integer(body, "MaximumEventAgeInSeconds");
        String ok = Requests.text(body.path("DestinationConfig").path("OnSuccess"), "Destination");
        String fail = Requests.text(body.path("DestinationConfig").path("OnFailure"), "Destination");
        EventInvokeConfig cfg = new EventInvokeConfig(retries == null ? 2 : retries, age == null ? 21600 : age, ok, fail);
        engine.async().configure(account, fn.config().name(), cfg);
        json(ctx, eventInvokeConfig(fn, cfg));
    }

    private void getEventInvokeConfig(Context ctx) {
        String account = LambdaHttp.account(ctx);
        DeployedFunction fn = engine.functions().get(account, ctx.pathParam("name"));
        json(ctx, eventInvokeConfig(fn, engine.async().config(account, fn.config().name())));
    }

    private ObjectNode eventInvokeConfig(DeployedFunction fn, EventInvokeConfig cfg) {
        ObjectNode out = json.createObjectNode();
        out.put("FunctionArn", fn.config().arn() + ":$LATEST");
        out.put("MaximumRetryAttempts", cfg.maximumRetryAttempts());
        out.put("MaximumEventAgeInSeconds", cfg.maximumEventAgeSeconds());
        out.put("LastModified", System.currentTimeMillis() / 1000.0);
        ObjectNode dest = out.putObject("DestinationConfig");
        if (cfg.onSuccess() != null) {
            dest.putObject("OnSuccess").put("Destination", cfg.onSuccess());
        }
        if (cfg.onFailure() != null) {
            dest.putObject("OnFailure").put("Destination", cfg.onFailure());
        }
        return out;
    }

    private static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json");
        ctx.result(node.toString());
    }
}
