package dojo.lambda.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small changes to a received request, the way a tampering client or proxy would make them. */
final class Requests {
    private Requests() {}

    static SignedRequest withMethod(SignedRequest r, String method) {
        return new SignedRequest(method, r.rawPath(), r.rawQuery(), r.headers(), r.body());
    }

    static SignedRequest withPath(SignedRequest r, String rawPath) {
        return new SignedRequest(r.method(), rawPath, r.rawQuery(), r.headers(), r.body());
    }

    static SignedRequest withQuery(SignedRequest r, String rawQuery) {
        return new SignedRequest(r.method(), r.rawPath(), rawQuery, r.headers(), r.body());
    }

    static SignedRequest withBody(SignedRequest r, String body) {
        return new SignedRequest(r.method(), r.rawPath(), r.rawQuery(), r.headers(), body.getBytes());
    }

    /** Replaces every value of {@code name}; a null value removes the header. */
    static SignedRequest withHeader(SignedRequest r, String name, String value) {
        Map<String, List<String>> headers = new HashMap<>();
        r.headers().forEach((n, v) -> {
            if (!n.equalsIgnoreCase(name)) {
                headers.put(n, new ArrayList<>(v));
            }
        });
        if (value != null) {
            headers.put(name, List.of(value));
        }
        return new SignedRequest(r.method(), r.rawPath(), r.rawQuery(), headers, r.body());
    }
}
