package dojo.lambda.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request exactly as it arrived, for signature checking. {@code rawPath} is the path as
 * sent, still percent-encoded and without the query; {@code rawQuery} is the query string after
 * {@code ?} as sent (null or empty when there is none); {@code headers} holds every value of every
 * header in arrival order, keyed by lower-case name and looked up case-insensitively; {@code body}
 * is the bytes as received.
 * The body array is not copied: callers must not change it afterwards.
 */
public record SignedRequest(String method, String rawPath, String rawQuery,
        Map<String, List<String>> headers, byte[] body) {
    public SignedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = caseInsensitive(Objects.requireNonNull(headers, "headers"));
        body = body == null ? new byte[0] : body;
    }

    /** Every value of header {@code name}, in arrival order; empty when absent. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The first value of header {@code name}. */
    public Optional<String> header(String name) {
        return headerValues(name).stream().findFirst();
    }

    /** Keyed by lower-case name: hash lookups, as every signed call looks up a dozen headers. */
    private static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
        Map<String, List<String>> merged = new HashMap<>(headers.size() * 2);
        headers.forEach((name, values) -> merged.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values), (had, more) -> {
            List<String> both = new ArrayList<>(had);
            both.addAll(more);
            return List.copyOf(both);
        }));
        return Collections.unmodifiableMap(merged);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedRequest that && method.equals(that.method) && rawPath.equals(that.rawPath)
                && rawQuery.equals(that.rawQuery) && headers.equals(that.headers) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, rawPath, rawQuery, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "SignedRequest[" + method + " " + rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery)
                + ", headers=" + headers.keySet() + ", body=" + body.length + " bytes]";
    }
}
