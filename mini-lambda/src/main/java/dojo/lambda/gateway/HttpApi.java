package dojo.lambda.gateway;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One HTTP API of one account: its integrations, routes and stages, in creation order. Immutable. */
record HttpApi(String id, String accountId, String name, String description, Instant createdDate,
        Map<String, Integration> integrations, Map<String, Route> routes, Map<String, Stage> stages) {
    HttpApi {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdDate, "createdDate");
        integrations = ordered(integrations);
        routes = ordered(routes);
        stages = ordered(stages);
    }

    HttpApi with(Integration i) {
        return new HttpApi(id, accountId, name, description, createdDate, plus(integrations, i.id(), i), routes, stages);
    }

    HttpApi with(Route r) {
        return new HttpApi(id, accountId, name, description, createdDate, integrations, plus(routes, r.id(), r), stages);
    }

    HttpApi with(Stage s) {
        return new HttpApi(id, accountId, name, description, createdDate, integrations, routes, plus(stages, s.name(), s));
    }

    HttpApi withoutIntegration(String integrationId) {
        return new HttpApi(id, accountId, name, description, createdDate, minus(integrations, integrationId), routes, stages);
    }

    HttpApi withoutRoute(String routeId) {
        return new HttpApi(id, accountId, name, description, createdDate, integrations, minus(routes, routeId), stages);
    }

    HttpApi withoutStage(String stageName) {
        return new HttpApi(id, accountId, name, description, createdDate, integrations, routes, minus(stages, stageName));
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map == null ? Map.of() : map));
    }

    private static <V> Map<String, V> plus(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    private static <V> Map<String, V> minus(Map<String, V> map, String key) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.remove(key);
        return copy;
    }
}
