package dojo.lambda.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.Engine;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.invoke.InvokeResult;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The public side of HTTP APIs (AWS's execute-api): finds the stage and route of a request, sends
 * the function the event of the integration's payload format synchronously, and maps its answer
 * back to HTTP. Gateway errors are API Gateway's: 404 Not Found (no stage or route), 502 (function
 * error or malformed response), 504 (no answer within the integration timeout; the invocation
 * runs on, as on AWS), 429 (throttled), 500 (the function cannot be invoked).
 */
final class ExecuteApi {
    static final int MAX_EVENT_BYTES = 6 * 1024 * 1024;
    private final Engine engine;
    private final ApiStore store;
    private final InstantSource clock;
    private final ExecutorService invocations;
    private final ObjectMapper json = new ObjectMapper();

    ExecuteApi(Engine engine, ApiStore store, InstantSource clock, ExecutorService invocations) {
        this.engine = engine;
        this.store = store;
        this.clock = clock;
        this.invocations = invocations;
    }

    ProxyResponse serve(GatewayAddress address, GatewayRequest request, String requestId) {
        Optional<HttpApi> found = store.get(address.apiId());
        if (found.isEmpty()) {
            return ProxyResponse.message(404, "Not Found");
        }
        HttpApi api = found.get();
        List<String> segments = GatewayRequest.segments(address.rawPath());
        Stage stage = !segments.isEmpty() && api.stages().containsKey(segments.get(0)) && !segments.get(0).equals(Stage.DEFAULT)
                ? api.stages().get(segments.get(0)) : api.stages().get(Stage.DEFAULT);
        if (stage == null) {
            return ProxyResponse.message(404, "Not Found");
        }
        List<String> routePath = stage.name().equals(Stage.DEFAULT) ? segments : segments.subList(1, segments.size());
        Optional<RouteMatch> match = RouteTable.match(api.routes().values(), request.method(), routePath);
        if (match.isEmpty() || match.get().route().integrationId() == null) {
            return ProxyResponse.message(404, "Not Found");
        }
        Integration integration = api.integrations().get(match.get().route().integrationId());
        if (integration == null) {
            return ProxyResponse.message(500, "Internal Server Error");
        }
        ProxyCall call = new ProxyCall(api, stage, match.get(), request, requestId, clock.instant(), engine.port());
        byte[] event = integration.usesV2() ? EventV2.of(json, call) : EventV1.of(json, call);
        if (event.length > MAX_EVENT_BYTES) {
            return ProxyResponse.message(413, "Request Entity Too Large");
        }
        return invoke(api, integration, event);
    }

    private ProxyResponse invoke(HttpApi api, Integration integration, byte[] event) {
        DeployedFunction fn;
        try {
            fn = engine.functions().get(api.accountId(), integration.functionArn());
        } catch (ApiException e) {
            return ProxyResponse.message(500, "Internal Server Error");
        }
        Future<InvokeResult> pending = invocations.submit(() -> engine.invoker().invoke(fn, event, null, false));
        InvokeResult result;
        try {
            result = pending.get(integration.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return ProxyResponse.message(504, "Endpoint request timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProxyResponse.message(500, "Internal Server Error");
        } catch (ExecutionException e) {
            boolean throttled = e.getCause() instanceof ApiException api2 && api2.type() == ErrorType.TooManyRequestsException;
            return throttled ? ProxyResponse.message(429, "Too Many Requests") : ProxyResponse.message(500, "Internal Server Error");
        }
        return switch (result.outcome()) {
            case SUCCESS -> ResponseMapping.map(integration.payloadFormatVersion(), result.payload());
            case FUNCTION_ERROR, TIMEOUT, OUT_OF_MEMORY, INIT_ERROR -> ProxyResponse.message(502, "Internal Server Error");
            case THROTTLED -> ProxyResponse.message(429, "Too Many Requests");
            case PLATFORM_ERROR -> ProxyResponse.message(500, "Internal Server Error");
        };
    }
}
