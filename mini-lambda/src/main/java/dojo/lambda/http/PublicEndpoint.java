package dojo.lambda.http;

import io.javalin.http.Context;

/**
 * A part of a service that the public reaches without signing, like API Gateway's
 * {@code execute-api} endpoints. The engine asks every registered service that implements this
 * before it checks a signature; the first that {@link #accepts} a request answers it.
 *
 * <p>Implementations are thread-safe; both methods run on the HTTP server's threads.
 */
public interface PublicEndpoint {
    /** True when a request for {@code path} (as decoded) with that {@code Host} header (may be null) is addressed to this endpoint; must be cheap. */
    boolean accepts(String path, String host);

    /** True when the request is addressed to this endpoint (by path or Host). */
    default boolean accepts(Context ctx) {
        return accepts(ctx.path(), ctx.header("Host"));
    }

    /** Answers the request completely, errors included, in the endpoint's own format. */
    void serve(Context ctx);
}
