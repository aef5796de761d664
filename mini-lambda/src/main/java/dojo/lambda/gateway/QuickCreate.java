package dojo.lambda.gateway;

import java.time.InstantSource;

/**
 * CreateApi, including AWS's "quick create": with {@code target} (a function ARN) the API comes
 * with a Lambda proxy integration (payload 2.0), a route ({@code routeKey}, default
 * {@code $default}) and an auto-deployed {@code $default} stage.
 */
final class QuickCreate {
    private final ApiStore store;
    private final InstantSource clock;

    QuickCreate(ApiStore store, InstantSource clock) {
        this.store = store;
        this.clock = clock;
    }

    HttpApi create(String accountId, ManagementRequest r) {
        String name = r.required("name", "orders-api");
        if (name.length() > 128) {
            throw GatewayException.badRequest("An API name has at most 128 characters, found " + name.length() + ".");
        }
        String protocol = r.required("protocolType", "HTTP");
        if (!protocol.equals("HTTP")) {
            throw GatewayException.badRequest("This engine serves HTTP APIs: protocolType must be HTTP, found " + protocol
                    + ". WebSocket APIs are not supported.");
        }
        String id;
        do {
            id = Ids.apiId();
        } while (store.exists(id));
        HttpApi api = new HttpApi(id, accountId, name, r.text("description"), clock.instant(), null, null, null);
        String target = r.text("target");
        String routeKey = r.text("routeKey");
        if (target == null && routeKey != null) {
            throw GatewayException.badRequest("routeKey is for quick create and needs a target (a Lambda function ARN) as well.");
        }
        if (target != null) {
            if (FunctionUri.functionArn(target) == null) {
                throw GatewayException.badRequest("Invalid target '" + target + "' for quick create: expected a Lambda function ARN"
                        + " such as arn:aws:lambda:us-east-1:123456789012:function:my-function.");
            }
            String key = routeKey == null ? RouteKey.DEFAULT : routeKey;
            RouteKey.parse(key);
            Integration integration = new Integration(Ids.childId(), target, "2.0", Integration.MAX_TIMEOUT_MILLIS, null);
            api = api.with(integration).with(new Route(Ids.childId(), key, "integrations/" + integration.id()))
                    .with(new Stage(Stage.DEFAULT, true, null, null, clock.instant()));
        }
        store.put(api);
        return api;
    }
}
