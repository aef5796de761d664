package dojo.lambda.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request exactly as it arrived, for signature checking. {@code rawPath} is the path as
 * sent, still percent-encoded and without the query; {@code rawQuery} is the query string after
 * {@code ?} as sent (null or empty when there is none); {@code headers} holds every value of every
 * header in arrival order, looked up case-insensitively; {@code body} is the bytes as received.
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
        return headers.getOrDefault(name, List.of());
    }

    /** The first value of header {@code name}. */
    public Optional<String> header(String name) {
        return headerValues(name).stream().findFirst();
    }

    private static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
        TreeMap<String, List<String>> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> merged.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        merged.replaceAll((name, values) -> List.copyOf(values));
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
