package dojo.lambda.s3;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the signatures of a {@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD} upload: each chunk is
 * signed over the previous signature (the first over the request's own) and the chunk's hash,
 * and the trailing headers are signed the same way, so no chunk can be changed, dropped or
 * reordered. Not thread-safe: one instance per upload.
 */
final class ChunkSignatures {
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request");
    private static final Pattern SIGNATURE = Pattern.compile("Signature=([0-9a-fA-F]{64})");
    private static final String EMPTY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /** HMAC-SHA256 keyed with the request's signing key, reused for every chunk of the upload. */
    private final Mac chunkMac;
    private final String amzDate;
    private final String scope;
    private String previous;

    private ChunkSignatures(byte[] signingKey, String amzDate, String scope, String seed) {
        this.chunkMac = mac(signingKey);
        this.amzDate = amzDate;
        this.scope = scope;
        this.previous = seed;
    }

    /** For a request with this (already verified) Authorization header, signed with {@code secret}. */
    static ChunkSignatures of(String authorization, String amzDate, String secret) {
        Matcher c = CREDENTIAL.matcher(authorization == null ? "" : authorization);
        Matcher s = SIGNATURE.matcher(authorization == null ? "" : authorization);
        if (!c.find() || !s.find() || amzDate == null) {
            throw new S3Exception(S3ErrorCode.AuthorizationHeaderMalformed, "A STREAMING-AWS4-HMAC-SHA256-PAYLOAD upload"
                    + " needs an Authorization header with Credential and Signature and an X-Amz-Date header;"
                    + " found none. Sign the request with Signature Version 4.");
        }
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), c.group(2));
        key = hmac(key, c.group(3));
        key = hmac(key, c.group(4));
        key = hmac(key, "aws4_request");
        String scope = c.group(2) + "/" + c.group(3) + "/" + c.group(4) + "/aws4_request";
        return new ChunkSignatures(key, amzDate, scope, s.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    void verifyChunk(String sent, byte[] dataSha256) {
        String toSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + amzDate + "\n" + scope + "\n" + previous + "\n" + EMPTY_HASH + "\n"
                + HexFormat.of().formatHex(dataSha256);
        check(sent, toSign, "chunk");
    }

    /** {@code trailers} are the trailing header lines as sent, each {@code name:value\n}. */
    void verifyTrailer(String sent, String trailers) {
        String toSign = "AWS4-HMAC-SHA256-TRAILER\n" + amzDate + "\n" + scope + "\n" + previous + "\n"
                + HexFormat.of().formatHex(sha256(trailers.getBytes(StandardCharsets.UTF_8)));
        check(sent, toSign, "trailer");
    }

    private void check(String sent, String toSign, String what) {
        String expected = HexFormat.of().formatHex(chunkMac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        if (sent == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII))) {
            throw new S3Exception(S3ErrorCode.SignatureDoesNotMatch, "The " + what + " signature of the aws-chunked"
                    + " body does not match: expected a signature over the previous one and this " + what
                    + "'s hash, found '" + sent + "'. The body was changed after signing, or the client signs chunks"
                    + " differently; upload again with the AWS SDK.");
        }
        previous = expected;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK lacks SHA-256, which every JDK must have", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        return mac(key).doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK lacks HmacSHA256, which every JDK must have", e);
        }
    }
}
