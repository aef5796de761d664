package dojo.lambda.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;

/**
 * Checks AWS Signature Version 4 on a request as it arrived, header-signed or presigned, for any
 * service and region, and tells which account signed it. Knows no HTTP framework: the HTTP layer
 * builds a {@link SignedRequest}.
 *
 * <p>Failures are {@link dojo.lambda.api.ApiException}s worded as AWS words them:
 * no signature at all is {@code MissingAuthenticationTokenException}; a malformed one is
 * {@code IncompleteSignatureException}; an unknown, revoked or wrongly-tokened access key is
 * {@code UnrecognizedClientException}; a wrong signature, a foreign scope, or a signing time more
 * than 15 minutes from the clock (or past a presigned URL's {@code X-Amz-Expires}) is
 * {@code InvalidSignatureException}.
 *
 * <p>Thread-safe and stateless apart from the {@link AccountStore} it reads.
 */
public final class SigV4Verifier {
    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private final AccountStore accounts;
    private final InstantSource clock;

    public SigV4Verifier(AccountStore accounts, InstantSource clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Verifies {@code request} with the path rule AWS's signers use for the service it was signed for. */
    public Authenticated verify(SignedRequest request) {
        SignatureClaim claim = SignatureClaim.of(request);
        return verify(request, claim, PathEncoding.forService(claim.scope().service()));
    }

    /** Verifies {@code request}, building its canonical path with {@code pathEncoding}. */
    public Authenticated verify(SignedRequest request, PathEncoding pathEncoding) {
        return verify(request, SignatureClaim.of(request), Objects.requireNonNull(pathEncoding, "pathEncoding"));
    }

    private Authenticated verify(SignedRequest request, SignatureClaim claim, PathEncoding pathEncoding) {
        SigningTime.check(claim, clock.instant());
        claim.scope().checkAgainst(claim.amzDate());
        if (!claim.signedHeaderNames().contains("host")) {
            throw Rejections.invalidSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS"
                    + " Authorization.");
        }
        AccessKey key = accounts.resolveAccessKey(claim.scope().accessKeyId())
                .orElseThrow(Rejections::unrecognizedClient);
        if (!sameToken(key.sessionToken(), claim.sessionToken())) {
            throw Rejections.unrecognizedClient();
        }
        String bodyHash = Sha256.hex(request.body());
        for (String payloadHash : payloadHashes(request, claim, bodyHash)) {
            String canonical = CanonicalRequest.of(request, pathEncoding, claim, payloadHash);
            String stringToSign = SignatureClaim.ALGORITHM + "\n" + claim.amzDate() + "\n"
                    + claim.scope().text() + "\n" + Sha256.hex(canonical);
            String expected = Sha256.signature(key.secretAccessKey(), claim.scope(), stringToSign);
            if (MessageDigest.isEqual(ascii(expected), ascii(claim.signature()))) {
                return new Authenticated(key.account(), key.accessKeyId(), key.isSession(),
                        claim.scope().service(), claim.scope().region(), payloadHash.equals(bodyHash));
            }
        }
        throw Rejections.signatureMismatch();
    }

    /**
     * The payload hashes the client may have signed. A hex {@code x-amz-content-sha256} is not
     * trusted: the body's real hash is used, so a changed body fails the signature. A presigned URL
     * without the header may have been signed over either the body or {@code UNSIGNED-PAYLOAD};
     * trying both is safe because each only matches if the client signed exactly that.
     */
    private static List<String> payloadHashes(SignedRequest request, SignatureClaim claim, String bodyHash) {
        String declared = request.header("x-amz-content-sha256").map(String::strip).orElse(null);
        if (declared != null) {
            boolean literal = declared.equals(UNSIGNED_PAYLOAD) || declared.startsWith("STREAMING-");
            return List.of(literal ? declared : bodyHash);
        }
        return claim.presigned() ? List.of(UNSIGNED_PAYLOAD, bodyHash) : List.of(bodyHash);
    }

    private static boolean sameToken(String expected, String sent) {
        if (expected == null || sent == null) {
            return expected == null && sent == null;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
