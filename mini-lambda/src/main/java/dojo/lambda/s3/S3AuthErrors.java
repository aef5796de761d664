package dojo.lambda.s3;

import dojo.lambda.api.ApiException;
import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Failed SigV4 checks in S3's words: SignatureDoesNotMatch, InvalidAccessKeyId, AccessDenied, ... */
final class S3AuthErrors {
    private static final Pattern ACCESS_KEY = Pattern.compile("Credential=([A-Za-z0-9]+)/");
    private static final Pattern QUERY_ACCESS_KEY = Pattern.compile("X-Amz-Credential=([A-Za-z0-9]+)%2F");

    private S3AuthErrors() {}

    static S3Exception translate(Context ctx, ApiException e) {
        String message = e.getMessage();
        boolean presigned = ctx.header("Authorization") == null;
        String key = accessKey(ctx);
        S3Exception s3 = switch (e.type()) {
            case MissingAuthenticationTokenException -> new S3Exception(S3ErrorCode.AccessDenied, "The request carries no"
                    + " AWS signature, and mini-lambda's buckets are private. Sign it with Signature Version 4, for example"
                    + " through the AWS SDK or a presigned URL.");
            case UnrecognizedClientException -> ctx.header("X-Amz-Security-Token") != null || ctx.queryString() != null
                    && ctx.queryString().contains("X-Amz-Security-Token")
                    ? new S3Exception(S3ErrorCode.InvalidToken, "The session token does not belong to access key " + key
                            + ". Use the credentials the engine issued together.")
                    : new S3Exception(S3ErrorCode.InvalidAccessKeyId, "Found access key '" + key + "'. Use an access key"
                            + " of an account this engine knows (test/test for the default account).").with("AWSAccessKeyId", key);
            case InvalidSignatureException -> invalidSignature(message, presigned, key);
            case IncompleteSignatureException -> new S3Exception(presigned ? S3ErrorCode.AuthorizationQueryParametersError
                    : S3ErrorCode.AuthorizationHeaderMalformed, message);
            default -> new S3Exception(S3ErrorCode.AccessDenied, message);
        };
        return s3;
    }

    private static S3Exception invalidSignature(String message, boolean presigned, String key) {
        if (message.startsWith("Request has expired")) {
            return new S3Exception(S3ErrorCode.AccessDenied, message);
        }
        if (message.startsWith("Signature not yet current") || message.startsWith("Signature expired")) {
            return new S3Exception(S3ErrorCode.RequestTimeTooSkewed, message + " Check the clock of the machine that signs.");
        }
        if (message.startsWith("The request signature we calculated")) {
            return new S3Exception(S3ErrorCode.SignatureDoesNotMatch, "Check that the secret belongs to access key " + key
                    + " and that nothing changed the request after signing.").with("AWSAccessKeyId", key);
        }
        return new S3Exception(presigned ? S3ErrorCode.AuthorizationQueryParametersError : S3ErrorCode.AuthorizationHeaderMalformed,
                message);
    }

    private static String accessKey(Context ctx) {
        String auth = ctx.header("Authorization");
        Matcher m = auth != null ? ACCESS_KEY.matcher(auth) : QUERY_ACCESS_KEY.matcher(String.valueOf(ctx.queryString()));
        return m.find() ? m.group(1) : null;
    }
}
