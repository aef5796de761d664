package dojo.lambda.esm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The Lambda API's event source mapping routes under {@code /2015-03-31/event-source-mappings/}.
 * Errors are thrown as {@link ApiException} for the Lambda API's error handler.
 */
public final class MappingRoutes {
    private static final String BASE = "/2015-03-31/event-source-mappings";
    private final EventSources sources;
    private final Function<Context, String> account;

    /** @param account the authenticated caller's account id for a request */
    public MappingRoutes(EventSources sources, Function<Context, String> account) {
        this.sources = sources;
        this.account = account;
    }

    public void register(JavalinDefaultRoutingApi r) {
        r.post(BASE, this::create);
        r.get(BASE, this::list);
        r.get(BASE + "/{uuid}", ctx -> reply(ctx, 200, sources.get(account.apply(ctx), ctx.pathParam("uuid"))));
        r.put(BASE + "/{uuid}", this::update);
        r.delete(BASE + "/{uuid}", ctx -> reply(ctx, 202, sources.delete(account.apply(ctx), ctx.pathParam("uuid"))));
    }

    private void create(Context ctx) {
        JsonNode b = body(ctx);
        boolean enabled = !b.hasNonNull("Enabled") || b.get("Enabled").asBoolean();
        reply(ctx, 202, sources.create(account.apply(ctx), MappingJson.text(b, "FunctionName", null),
                MappingJson.text(b, "EventSourceArn", null), enabled, MappingJson.settings(b, MappingSettings.NONE)));
    }

    private void update(Context ctx) {
        JsonNode b = body(ctx);
        String acct = account.apply(ctx);
        EventSourceMapping old = sources.get(acct, ctx.pathParam("uuid"));
        Boolean enabled = b.hasNonNull("Enabled") ? Boolean.valueOf(b.get("Enabled").asBoolean()) : null;
        reply(ctx, 202, sources.update(acct, old.uuid(), MappingJson.text(b, "FunctionName", null), enabled,
                MappingJson.settings(b, old.settings())));
    }

    private void list(Context ctx) {
        List<EventSourceMapping> all = sources.list(account.apply(ctx), ctx.queryParam("FunctionName"), ctx.queryParam("EventSourceArn"));
        int start = number(ctx, "Marker", 0);
        int max = Math.max(1, Math.min(10_000, number(ctx, "MaxItems", 100)));
        int end = Math.min(all.size(), start + max);
        ObjectNode out = MappingJson.JSON.createObjectNode();
        ArrayNode arr = out.putArray("EventSourceMappings");
        for (EventSourceMapping m : all.subList(Math.min(start, end), end)) {
            arr.add(MappingJson.render(m, sources.lastProcessingResult(m.uuid())));
        }
        if (end < all.size()) {
            out.put("NextMarker", Integer.toString(end));
        }
        ctx.contentType("application/json").result(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void reply(Context ctx, int status, EventSourceMapping m) {
        ctx.status(status).contentType("application/json")
                .result(MappingJson.render(m, sources.lastProcessingResult(m.uuid())).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static int number(Context ctx, String param, int fallback) {
        String v = ctx.queryParam(param);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorType.InvalidParameterValueException, param + " must be a number as a previous page's "
                    + "NextMarker gave it, found '" + v + "'.");
        }
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = MappingJson.JSON.readTree(ctx.bodyAsBytes().length == 0 ? "{}".getBytes() : ctx.bodyAsBytes());
            if (n != null && n.isObject()) {
                return n;
            }
        } catch (IOException e) {
            // answered below
        }
        throw new ApiException(ErrorType.InvalidRequestContentException, "Could not parse request body into json: expected a JSON object.");
    }
}
