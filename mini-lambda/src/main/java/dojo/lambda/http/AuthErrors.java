package dojo.lambda.http;

import dojo.lambda.api.ApiException;
import io.javalin.http.Context;

/** A service that answers failed authentication in its own wire format (S3's XML, say). */
public interface AuthErrors {
    void authFailed(Context ctx, ApiException error);
}
