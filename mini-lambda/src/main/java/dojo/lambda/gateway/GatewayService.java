package dojo.lambda.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.Engine;
import dojo.lambda.account.Authenticated;
import dojo.lambda.api.ApiException;
import dojo.lambda.http.AuthErrors;
import dojo.lambda.http.AwsService;
import dojo.lambda.http.PublicEndpoint;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Amazon API Gateway HTTP APIs with Lambda proxy integrations, on the engine's port.
 *
 * <p>Management (signing name {@code apigateway}, REST-JSON under {@code /v2/apis}): the calls
 * the SDK's {@code ApiGatewayV2Client} makes for a minimal setup — CreateApi (with quick
 * create), CreateIntegration (AWS_PROXY, payload 1.0 or 2.0), CreateRoute, CreateStage, their
 * Get/List/Delete and GetApis. APIs are kept per account under the data directory.
 *
 * <p>Public endpoint, unauthenticated like a real API: {@code http://<engine>/_gateway/<apiId>/<path>},
 * or any path with Host {@code <apiId>.execute-api.localhost}. A {@code $default} stage serves
 * at the root, a named stage under {@code /<stage>}. See {@link ExecuteApi} for the responses.
 *
 * <p>Thread-safe. {@link #close()} stops the threads that wait for invocations.
 */
public final class GatewayService implements AwsService, AuthErrors, PublicEndpoint, AutoCloseable {
    private final ObjectMapper json = new ObjectMapper();
    private final ManagementApi management;
    private final ExecuteApi execute;
    private final ExecutorService invocations = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gateway-invocation");
        t.setDaemon(true);
        return t;
    });

    public GatewayService(Engine engine, InstantSource clock) {
        ApiStore store = ApiStore.open(engine.dataDir());
        this.management = new ManagementApi(store, new ManagementJson(json, engine::endpoint), clock);
        this.execute = new ExecuteApi(engine, store, clock, invocations);
    }

    @Override
    public String signingName() {
        return "apigateway";
    }

    @Override
    public void handle(Context ctx, Authenticated caller) {
        try {
            ManagementReply reply = management.handle(ctx.method().name().toUpperCase(Locale.ROOT), ctx.path(),
                    caller.account().accountId(), new ManagementRequest(body(ctx)));
            ctx.status(reply.status());
            if (reply.body() != null) {
                ctx.contentType("application/json");
                ctx.result(reply.body().toString());
            }
        } catch (GatewayException e) {
            error(ctx, e.status(), e.code(), e.getMessage());
        } catch (ApiException e) {
            error(ctx, 400, "BadRequestException", e.getMessage());
        }
        ctx.header("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
    }

    @Override
    public void authFailed(Context ctx, ApiException error) {
        error(ctx, error.type().status(), error.type().name(), error.getMessage());
    }

    @Override
    public boolean accepts(String path, String host) {
        return GatewayAddress.of(path, host) != null;
    }

    @Override
    public void serve(Context ctx) {
        GatewayAddress address = GatewayAddress.of(ctx.path(), ctx.header("Host"));
        String requestId = Ids.requestId();
        ProxyResponse response = execute.serve(address, GatewayRequest.from(ctx, address.rawPath()), requestId);
        ctx.status(response.status());
        for (var h : response.headers()) {
            String name = h.name().toLowerCase(Locale.ROOT);
            if (name.equals("content-type")) {
                ctx.contentType(h.value());
            } else if (!name.equals("content-length") && !name.equals("transfer-encoding") && !name.equals("connection")) {
                ctx.res().addHeader(h.name(), h.value());
            }
        }
        ctx.header("apigw-requestid", requestId);
        ctx.result(response.body());
    }

    @Override
    public void close() {
        invocations.shutdownNow();
    }

    private JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            return json.createObjectNode();
        }
        try {
            JsonNode body = json.readTree(bytes);
            if (!body.isObject()) {
                throw GatewayException.badRequest("The request body must be a JSON object, found " + body.getNodeType() + ".");
            }
            return body;
        } catch (IOException e) {
            throw GatewayException.badRequest("The request body is not valid JSON: " + e.getMessage());
        }
    }

    private void error(Context ctx, int status, String code, String message) {
        ctx.status(status);
        ctx.header("x-amzn-ErrorType", code);
        ctx.contentType("application/json");
        ctx.result(json.createObjectNode().put("message", message).toString().getBytes(StandardCharsets.UTF_8));
    }
}
