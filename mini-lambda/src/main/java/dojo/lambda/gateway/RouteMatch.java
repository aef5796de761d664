package dojo.lambda.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The route a request matched, with its decoded path parameters (empty when it has none). */
record RouteMatch(Route route, RouteKey key, Map<String, String> pathParameters) {
    RouteMatch {
        pathParameters = Collections.unmodifiableMap(new LinkedHashMap<>(pathParameters));
    }
}
