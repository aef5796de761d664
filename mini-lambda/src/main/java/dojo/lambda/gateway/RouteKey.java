package dojo.lambda.gateway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A route key as HTTP APIs write it: {@code $default}, or a method ({@code GET}, ..., {@code ANY})
 * and a path of literal segments, {@code {name}} segments and one final greedy {@code {name+}}.
 *
 * @param method null for {@code $default}
 */
record RouteKey(String method, List<Segment> segments) {
    static final String DEFAULT = "$default";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9._-]+)(\\+?)\\}");

    enum Kind { LITERAL, PARAMETER, GREEDY }

    record Segment(Kind kind, String text) {}

    RouteKey {
        segments = List.copyOf(segments);
    }

    static RouteKey parse(String key) {
        if (key.equals(DEFAULT)) {
            return new RouteKey(null, List.of());
        }
        int space = key.indexOf(' ');
        String method = space < 0 ? key : key.substring(0, space);
        if (space < 0 || !METHODS.contains(method) || key.indexOf(' ', space + 1) >= 0) {
            throw GatewayException.badRequest("Invalid route key '" + key + "'. Write $default or a method and a path separated by"
                    + " one space, e.g. GET /orders/{id} or ANY /items/{proxy+}; methods are " + String.join(", ", sorted(METHODS)) + ".");
        }
        String path = key.substring(space + 1);
        if (!path.startsWith("/")) {
            throw GatewayException.badRequest("Invalid route key '" + key + "': the path must start with '/', e.g. " + method + " /" + path + ".");
        }
        List<Segment> segments = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String[] parts = path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            segments.add(segment(key, parts[i], i == parts.length - 1, names));
        }
        return new RouteKey(method, segments);
    }

    private static Segment segment(String key, String part, boolean last, Set<String> names) {
        if (part.isEmpty()) {
            throw GatewayException.badRequest("Invalid route key '" + key + "': the path has an empty segment (a '//' or a trailing"
                    + " '/'). Remove it.");
        }
        Matcher m = PARAMETER.matcher(part);
        if (!m.matches()) {
            if (part.contains("{") || part.contains("}")) {
                throw GatewayException.badRequest("Invalid route key '" + key + "': '" + part + "' must be a whole segment {name}"
                        + " or {name+} of letters, digits, '.', '_' and '-'.");
            }
            return new Segment(Kind.LITERAL, part);
        }
        if (!names.add(m.group(1))) {
            throw GatewayException.badRequest("Invalid route key '" + key + "': the path variable {" + m.group(1) + "} appears twice.");
        }
        boolean greedy = !m.group(2).isEmpty();
        if (greedy && !last) {
            throw GatewayException.badRequest("Invalid route key '" + key + "': the greedy path variable " + part
                    + " must be the last segment of the path.");
        }
        return new Segment(greedy ? Kind.GREEDY : Kind.PARAMETER, m.group(1));
    }

    boolean isDefault() {
        return method == null;
    }

    boolean hasParameters() {
        return segments.stream().anyMatch(s -> s.kind() != Kind.LITERAL);
    }

    boolean isGreedy() {
        return !segments.isEmpty() && segments.get(segments.size() - 1).kind() == Kind.GREEDY;
    }

    /** The path parameters when {@code path} (decoded segments) matches this key, else null. */
    Map<String, String> match(List<String> path) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.kind() == Kind.GREEDY) {
                if (path.size() <= i) {
                    return null;
                }
                parameters.put(s.text(), String.join("/", path.subList(i, path.size())));
                return parameters;
            }
            if (i >= path.size() || (s.kind() == Kind.LITERAL && !s.text().equals(path.get(i)))) {
                return null;
            }
            if (s.kind() == Kind.PARAMETER) {
                parameters.put(s.text(), path.get(i));
            }
        }
        return segments.size() == path.size() ? parameters : null;
    }

    /** The path as written in the key, e.g. {@code /orders/{id}}; {@code $default} for the default route. */
    String path() {
        if (isDefault()) {
            return DEFAULT;
        }
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            b.append('/').append(switch (s.kind()) {
                case LITERAL -> s.text();
                case PARAMETER -> "{" + s.text() + "}";
                case GREEDY -> "{" + s.text() + "+}";
            });
        }
        return b.length() == 0 ? "/" : b.toString();
    }

    private static List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }
}
