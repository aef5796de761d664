package dojo.lambda.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a request says about its own signature, from its {@code Authorization} header or, for a
 * presigned URL, from its {@code X-Amz-*} query parameters. {@code amzDate} is the signing time
 * as it enters the string to sign; {@code expires} is a presigned URL's {@code X-Amz-Expires}
 * (null otherwise); {@code sessionToken} is the {@code X-Amz-Security-Token} sent (or null).
 */
record SignatureClaim(CredentialScope scope, String signedHeaders, String signature, String amzDate,
        Instant signedAt, Duration expires, String sessionToken, boolean presigned) {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Set<String> PRESIGN_PARAMETERS =
            Set.of("X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature");

    SignatureClaim {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(signedHeaders, "signedHeaders");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(amzDate, "amzDate");
        Objects.requireNonNull(signedAt, "signedAt");
    }

    /** Reads the claim of {@code request}; a request that makes none is missing its authentication token. */
    static SignatureClaim of(SignedRequest request) {
        String authorization = request.header("Authorization").orElse("");
        if (!authorization.isBlank()) {
            return AuthorizationHeader.parse(request, authorization);
        }
        List<QueryParameter> query = QueryParameter.parse(request.rawQuery());
        if (query.stream().anyMatch(p -> PRESIGN_PARAMETERS.contains(p.name()))) {
            return PresignedQuery.parse(query);
        }
        throw Rejections.missingToken();
    }

    /** The lower-case header names the client signed, in the order it signed them. */
    List<String> signedHeaderNames() {
        return List.of(signedHeaders.split(";"));
    }
}
