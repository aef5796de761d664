package dojo.lambda.gateway;

import java.time.InstantSource;
import java.util.regex.Pattern;

/** CreateIntegration, CreateRoute and CreateStage with their checks, and the deletes that keep an API consistent. */
final class ApiChildren {
    private static final Pattern STAGE_NAME = Pattern.compile("\\$default|[A-Za-z0-9_\\-.~]{1,128}");
    private final InstantSource clock;

    ApiChildren(InstantSource clock) {
        this.clock = clock;
    }

    Integration integration(ManagementRequest r) {
        String type = r.required("integrationType", "AWS_PROXY");
        if (!type.equals("AWS_PROXY")) {
            throw GatewayException.badRequest("This engine integrates HTTP APIs with Lambda functions only: integrationType must be"
                    + " AWS_PROXY, found " + type + ".");
        }
        String uri = r.required("integrationUri", "arn:aws:lambda:us-east-1:123456789012:function:my-function");
        if (FunctionUri.functionArn(uri) == null) {
            throw GatewayException.badRequest("Invalid integrationUri '" + uri + "': expected a Lambda function ARN such as"
                    + " arn:aws:lambda:us-east-1:123456789012:function:my-function.");
        }
        String version = r.text("payloadFormatVersion");
        if (version == null || !(version.equals("1.0") || version.equals("2.0"))) {
            throw GatewayException.badRequest("An AWS_PROXY integration of an HTTP API needs payloadFormatVersion 1.0 or 2.0, found "
                    + (version == null ? "none" : "'" + version + "'") + ". Use 2.0 for APIGatewayV2HTTPEvent handlers and 1.0 for"
                    + " APIGatewayProxyRequestEvent handlers.");
        }
        Integer timeout = r.integer("timeoutInMillis");
        if (timeout != null && (timeout < 50 || timeout > Integration.MAX_TIMEOUT_MILLIS)) {
            throw GatewayException.badRequest("timeoutInMillis must be between 50 and 30000 for an HTTP API, found " + timeout + ".");
        }
        return new Integration(Ids.childId(), uri, version, timeout == null ? Integration.MAX_TIMEOUT_MILLIS : timeout,
                r.text("description"));
    }

    Route route(HttpApi api, ManagementRequest r) {
        String key = r.required("routeKey", "GET /orders/{id}");
        RouteKey.parse(key);
        if (api.routes().values().stream().anyMatch(existing -> existing.routeKey().equals(key))) {
            throw GatewayException.conflict("Route with key " + key + " already exists for this API.");
        }
        String auth = r.text("authorizationType");
        if (auth != null && !auth.equals("NONE")) {
            throw GatewayException.badRequest("Routes on this engine are public: authorizationType must be NONE, found " + auth + ".");
        }
        String target = r.text("target");
        if (target != null) {
            String id = target.startsWith("integrations/") ? target.substring("integrations/".length()) : null;
            if (id == null || !api.integrations().containsKey(id)) {
                throw GatewayException.badRequest("Invalid target '" + target + "': expected integrations/<integrationId> of this API."
                        + " Its integrations: " + api.integrations().keySet() + ".");
            }
        }
        return new Route(Ids.childId(), key, target);
    }

    Stage stage(HttpApi api, ManagementRequest r) {
        String name = r.required("stageName", "$default");
        if (!STAGE_NAME.matcher(name).matches()) {
            throw GatewayException.badRequest("Invalid stageName '" + name + "': use $default (served at the API's root) or up to"
                    + " 128 letters, digits and -._~ (served under /<stageName>).");
        }
        if (api.stages().containsKey(name)) {
            throw GatewayException.conflict("Stage already exists: " + name + ".");
        }
        return new Stage(name, r.bool("autoDeploy", false), r.stringMap("stageVariables"), r.text("description"), clock.instant());
    }

    /** AWS refuses to delete an integration that routes still target. */
    void checkUnused(HttpApi api, String integrationId) {
        for (Route route : api.routes().values()) {
            if (integrationId.equals(route.integrationId())) {
                throw GatewayException.conflict("Cannot delete integration " + integrationId + ": route " + route.routeKey()
                        + " (" + route.id() + ") targets it. Delete or retarget the route first.");
            }
        }
    }
}
