package dojo.lambda.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One {@code name=value} pair of a raw query string, still encoded as the client sent it. */
record QueryParameter(String rawName, String rawValue) {
    /** The pairs of {@code rawQuery} in order; a pair without {@code =} has an empty value. */
    static List<QueryParameter> parse(String rawQuery) {
        List<QueryParameter> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            parameters.add(equals < 0 ? new QueryParameter(pair, "")
                    : new QueryParameter(pair.substring(0, equals), pair.substring(equals + 1)));
        }
        return parameters;
    }

    String name() {
        return new String(PercentEncoding.decode(rawName), StandardCharsets.UTF_8);
    }

    String value() {
        return new String(PercentEncoding.decode(rawValue), StandardCharsets.UTF_8);
    }
}
