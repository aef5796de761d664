package dojo.lambda.http;

import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service a request meant, read from its (not yet verified) credential scope, so a failed
 * signature can be answered in that service's error format. Null when there is no scope.
 */
final class ServiceGuess {
    private static final Pattern QUERY_SCOPE = Pattern.compile("X-Amz-Credential=[^&]*?%2F\\d{8}%2F[^&]*?%2F([^&%]+)%2Faws4_request");

    private ServiceGuess() {}

    static String fromUnverified(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null) {
            return fromAuthorization(auth);
        }
        String q = ctx.queryString();
        if (q != null) {
            Matcher m = QUERY_SCOPE.matcher(q);
            return m.find() ? m.group(1) : null;
        }
        return null;
    }

    /** The service named in an {@code Authorization} header's credential scope ({@code Credential=key/date/region/service/aws4_request}). */
    static String fromAuthorization(String auth) {
        if (auth == null) {
            return null;
        }
        int at = auth.indexOf("Credential=");
        int end = at < 0 ? -1 : auth.indexOf("/aws4_request", at);
        if (end < 0) {
            return null;
        }
        int start = auth.lastIndexOf('/', end - 1);
        return start <= at ? null : auth.substring(start + 1, end);
    }
}
