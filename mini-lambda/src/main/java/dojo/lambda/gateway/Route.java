package dojo.lambda.gateway;

import java.util.Objects;

/** A route: its key ({@code GET /orders/{id}} or {@code $default}) and target {@code integrations/<id>} (or null). */
record Route(String id, String routeKey, String target) {
    Route {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(routeKey, "routeKey");
    }

    RouteKey key() {
        return RouteKey.parse(routeKey);
    }

    /** The integration id of the target, or null when the route has none. */
    String integrationId() {
        return target == null ? null : target.substring("integrations/".length());
    }
}
