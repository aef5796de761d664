package dojo.lambda.runtime;

import java.util.Map;
import java.util.Objects;

/** One HTTP response; header names are lower case. */
record HttpResponse(int status, Map<String, String> headers, Payload body) {
    HttpResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
