package dojo.lambda.s3;

import dojo.lambda.account.AccessKey;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The content of an upload as the client meant it: the raw body, or the decoded {@code aws-chunked}
 * body of a {@code STREAMING-*} upload (chunk signatures checked with the caller's secret), with
 * the length the client declared and, after reading, the trailing checksums it sent.
 */
final class UploadBody {
    private final InputStream content;
    private final AwsChunkedStream chunked;
    private final long declaredLength;

    private UploadBody(InputStream content, AwsChunkedStream chunked, long declaredLength) {
        this.content = content;
        this.chunked = chunked;
        this.declaredLength = declaredLength;
    }

    static UploadBody of(Context ctx, AccessKey signer) throws IOException {
        String sha = ctx.header("x-amz-content-sha256");
        sha = sha == null ? null : sha.strip();
        if (sha != null && sha.startsWith("STREAMING-")) {
            ChunkSignatures signatures = switch (sha) {
                case "STREAMING-AWS4-HMAC-SHA256-PAYLOAD", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER" ->
                        ChunkSignatures.of(ctx.header("Authorization"), ctx.header("X-Amz-Date"), signer.secretAccessKey());
                case "STREAMING-UNSIGNED-PAYLOAD-TRAILER" -> null;
                default -> throw new S3Exception(S3ErrorCode.NotImplemented, "mini-lambda's S3 does not accept"
                        + " x-amz-content-sha256: " + sha + " (SigV4a or event streams). Sign uploads with"
                        + " AWS4-HMAC-SHA256, as the AWS SDK for Java does by default.");
            };
            AwsChunkedStream stream = new AwsChunkedStream(ctx.req().getInputStream(), signatures);
            return new UploadBody(stream, stream, length(ctx.header("x-amz-decoded-content-length"), "x-amz-decoded-content-length"));
        }
        long length = length(ctx.header("Content-Length"), "Content-Length");
        // The SigV4 check read bodies whose hash it covered; those come from memory.
        boolean alreadyRead = sha != null ? !sha.equals("UNSIGNED-PAYLOAD") : ctx.header("Authorization") != null;
        InputStream raw = alreadyRead ? new ByteArrayInputStream(ctx.bodyAsBytes()) : ctx.req().getInputStream();
        return new UploadBody(raw, null, length);
    }

    InputStream content() {
        return content;
    }

    /** The length the client declared, or -1 when it declared none. */
    long declaredLength() {
        return declaredLength;
    }

    /** Trailing headers of an aws-chunked body (lower-case names); empty otherwise. */
    Map<String, String> trailers() {
        return chunked == null ? Map.of() : chunked.trailers();
    }

    private static long length(String value, String header) {
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new S3Exception(S3ErrorCode.InvalidArgument, header + " must be a whole number of bytes, found '"
                    + value + "'.").with("ArgumentName", header).with("ArgumentValue", value);
        }
    }
}
