package dojo.lambda.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API Gateway v2 management calls for HTTP APIs with Lambda proxy integrations, by method
 * and path under {@code /v2/apis}: Create/Get/Delete of APIs, integrations, routes and stages,
 * and GetApis. Changes are serialised so concurrent calls cannot lose each other's edits.
 */
final class ManagementApi {
    private static final Pattern APIS = Pattern.compile("/v2/apis(?:/([^/]+)(?:/(integrations|routes|stages)(?:/([^/]+))?)?)?/?");
    private static final String SERVED = "CreateApi, GetApis, GetApi, DeleteApi, CreateIntegration, GetIntegrations,"
            + " GetIntegration, DeleteIntegration, CreateRoute, GetRoutes, GetRoute, DeleteRoute, CreateStage, GetStages, GetStage,"
            + " DeleteStage";

    private final ApiStore store;
    private final ManagementJson render;
    private final ApiChildren children;
    private final InstantSource clock;

    ManagementApi(ApiStore store, ManagementJson render, InstantSource clock) {
        this.store = store;
        this.render = render;
        this.children = new ApiChildren(clock);
        this.clock = clock;
    }

    synchronized ManagementReply handle(String method, String path, String accountId, ManagementRequest request) {
        Matcher m = APIS.matcher(path);
        if (!m.matches()) {
            throw GatewayException.notFound("No such operation: " + method + " " + path + ". This engine serves API Gateway v2"
                    + " HTTP APIs under /v2/apis: " + SERVED + ".");
        }
        String apiId = decode(m.group(1));
        String kind = m.group(2);
        String childId = decode(m.group(3));
        if (apiId == null) {
            return switch (method) {
                case "POST" -> ManagementReply.created(render.api(new QuickCreate(store, clock).create(accountId, request)));
                case "GET" -> ManagementReply.ok(render.items(store.list(accountId).stream().map(render::api).toList()));
                default -> throw unsupported(method, path);
            };
        }
        HttpApi api = store.get(accountId, apiId).orElseThrow(() -> GatewayException.notFound("Invalid API identifier specified "
                + accountId + ":" + apiId));
        if (kind == null) {
            return switch (method) {
                case "GET" -> ManagementReply.ok(render.api(api));
                case "DELETE" -> {
                    store.delete(api);
                    yield ManagementReply.noContent();
                }
                default -> throw unsupported(method, path);
            };
        }
        return switch (kind) {
            case "integrations" -> child(method, path, childId, new Children<>("Integration", api.integrations(), render::integration,
                    () -> {
                        Integration i = children.integration(request);
                        store.put(api.with(i));
                        return i;
                    }, id -> {
                        children.checkUnused(api, id);
                        store.put(api.withoutIntegration(id));
                    }));
            case "routes" -> child(method, path, childId, new Children<>("Route", api.routes(), render::route, () -> {
                Route r = children.route(api, request);
                store.put(api.with(r));
                return r;
            }, id -> store.put(api.withoutRoute(id))));
            default -> child(method, path, childId, new Children<>("Stage", api.stages(), render::stage, () -> {
                Stage st = children.stage(api, request);
                store.put(api.with(st));
                return st;
            }, id -> store.put(api.withoutStage(id))));
        };
    }

    /** One kind of an API's children: how to show, create (and store) and delete (and store) them. */
    private record Children<T>(String label, Map<String, T> existing, Function<T, ObjectNode> json, Supplier<T> create,
            Consumer<String> delete) {}

    private <T> ManagementReply child(String method, String path, String childId, Children<T> kind) {
        if (childId == null) {
            return switch (method) {
                case "POST" -> ManagementReply.created(kind.json().apply(kind.create().get()));
                case "GET" -> ManagementReply.ok(render.items(kind.existing().values().stream().map(kind.json()).toList()));
                default -> throw unsupported(method, path);
            };
        }
        T found = kind.existing().get(childId);
        if (found == null) {
            throw GatewayException.notFound("Invalid " + kind.label() + " identifier specified " + childId + ". This API has: "
                    + kind.existing().keySet() + ".");
        }
        return switch (method) {
            case "GET" -> ManagementReply.ok(kind.json().apply(found));
            case "DELETE" -> {
                kind.delete().accept(childId);
                yield ManagementReply.noContent();
            }
            default -> throw unsupported(method, path);
        };
    }

    private static GatewayException unsupported(String method, String path) {
        return GatewayException.badRequest("The call " + method + " " + path + " (an update or another operation) is not served by"
                + " this engine. It serves " + SERVED + "; to change something, delete it and create it again.");
    }

    private static String decode(String segment) {
        return segment == null ? null : URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
