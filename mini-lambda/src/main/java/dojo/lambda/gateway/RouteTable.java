package dojo.lambda.gateway;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the route of a request as HTTP APIs do: the most specific path wins (a full match, then
 * the longest path with variables, then the longest greedy {@code {proxy+}}, then
 * {@code $default}); on equal paths a route of the request's method beats {@code ANY}.
 */
final class RouteTable {
    private static final Comparator<RouteMatch> MOST_SPECIFIC = Comparator
            .comparingInt((RouteMatch m) -> m.key().isGreedy() ? 1 : m.key().hasParameters() ? 2 : 3)
            .thenComparingInt(m -> m.key().segments().size())
            .thenComparing(RouteMatch::key, RouteTable::bySegmentKinds)
            .thenComparingInt(m -> m.key().method().equals("ANY") ? 0 : 1);

    private RouteTable() {}

    /** The best route for {@code method} and {@code path} (the decoded segments of the request path), if any. */
    static Optional<RouteMatch> match(Collection<Route> routes, String method, List<String> path) {
        List<RouteMatch> candidates = new ArrayList<>();
        RouteMatch fallback = null;
        for (Route route : routes) {
            RouteKey key = route.key();
            if (key.isDefault()) {
                fallback = new RouteMatch(route, key, Map.of());
            } else if (key.method().equals(method) || key.method().equals("ANY")) {
                Map<String, String> parameters = key.match(path);
                if (parameters != null) {
                    candidates.add(new RouteMatch(route, key, parameters));
                }
            }
        }
        RouteMatch defaultRoute = fallback;
        return candidates.stream().max(MOST_SPECIFIC).or(() -> Optional.ofNullable(defaultRoute));
    }

    /** At the first segment where the kinds differ, a literal beats a variable, which beats a greedy variable. */
    private static int bySegmentKinds(RouteKey a, RouteKey b) {
        for (int i = 0; i < Math.min(a.segments().size(), b.segments().size()); i++) {
            int c = b.segments().get(i).kind().compareTo(a.segments().get(i).kind());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
