package dojo.lambda.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** API Gateway v2's JSON shapes of an API, integration, route and stage (lowerCamelCase members). */
final class ManagementJson {
    private final ObjectMapper json;
    private final Supplier<String> endpointBase;

    /** @param endpointBase the engine's URL (known once it listens); an API is served at {@code <endpointBase>/_gateway/<apiId>} */
    ManagementJson(ObjectMapper json, Supplier<String> endpointBase) {
        this.json = json;
        this.endpointBase = endpointBase;
    }

    String apiEndpoint(HttpApi api) {
        return endpointBase.get() + GatewayAddress.PREFIX + api.id();
    }

    ObjectNode api(HttpApi api) {
        ObjectNode out = json.createObjectNode();
        out.put("apiEndpoint", apiEndpoint(api));
        out.put("apiId", api.id());
        out.put("apiKeySelectionExpression", "$request.header.x-api-key");
        out.put("createdDate", time(api.createdDate()));
        if (api.description() != null) {
            out.put("description", api.description());
        }
        out.put("disableExecuteApiEndpoint", false);
        out.put("name", api.name());
        out.put("protocolType", "HTTP");
        out.put("routeSelectionExpression", "$request.method $request.path");
        out.putObject("tags");
        return out;
    }

    ObjectNode integration(Integration i) {
        ObjectNode out = json.createObjectNode();
        out.put("connectionType", "INTERNET");
        if (i.description() != null) {
            out.put("description", i.description());
        }
        out.put("integrationId", i.id());
        out.put("integrationMethod", "POST");
        out.put("integrationType", "AWS_PROXY");
        out.put("integrationUri", i.uri());
        out.put("payloadFormatVersion", i.payloadFormatVersion());
        out.put("timeoutInMillis", i.timeoutMillis());
        return out;
    }

    ObjectNode route(Route r) {
        ObjectNode out = json.createObjectNode();
        out.put("apiKeyRequired", false);
        out.put("authorizationType", "NONE");
        out.put("routeId", r.id());
        out.put("routeKey", r.routeKey());
        if (r.target() != null) {
            out.put("target", r.target());
        }
        return out;
    }

    ObjectNode stage(Stage s) {
        ObjectNode out = json.createObjectNode();
        out.put("autoDeploy", s.autoDeploy());
        out.put("createdDate", time(s.createdDate()));
        out.putObject("defaultRouteSettings").put("detailedMetricsEnabled", false);
        if (s.description() != null) {
            out.put("description", s.description());
        }
        out.put("lastUpdatedDate", time(s.createdDate()));
        out.putObject("routeSettings");
        out.put("stageName", s.name());
        ObjectNode variables = out.putObject("stageVariables");
        s.variables().forEach(variables::put);
        out.putObject("tags");
        return out;
    }

    ObjectNode items(Iterable<ObjectNode> items) {
        ObjectNode out = json.createObjectNode();
        var array = out.putArray("items");
        items.forEach(array::add);
        return out;
    }

    private static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
