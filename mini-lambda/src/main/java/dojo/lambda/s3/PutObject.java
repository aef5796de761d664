package dojo.lambda.s3;

import dojo.lambda.account.AccessKey;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

/** PutObject: the body streamed to disk and checked, then committed, answered and announced. */
final class PutObject {
    private final BucketRegistry buckets;
    private final Notifier notifier;
    private final InstantSource clock;

    PutObject(BucketRegistry buckets, Notifier notifier, InstantSource clock) {
        this.buckets = buckets;
        this.notifier = notifier;
        this.clock = clock;
    }

    void put(S3Call call, AccessKey signer) throws IOException {
        Bucket bucket = buckets.owned(call.accountId(), call.bucket());
        String key = ObjectKey.check(call.key());
        RequestMetadata metadata = RequestMetadata.of(call);
        checkConditionalWrite(call, bucket.get(key));
        UploadBody body = UploadBody.of(call.ctx(), signer);
        if (body.declaredLength() < 0) {
            throw new S3Exception(S3ErrorCode.MissingContentLength, "Found neither Content-Length nor"
                    + " x-amz-decoded-content-length. Send the length of the object with the upload.");
        }
        Path file = bucket.newUpload();
        try {
            Staged staged = Upload.stage(body.content(), file, BodyChecks.requested(call));
            if (staged.size() != body.declaredLength()) {
                throw new S3Exception(S3ErrorCode.IncompleteBody, "The request declared " + body.declaredLength()
                        + " bytes and sent " + staged.size() + ". Send exactly the declared number of bytes.");
            }
            BodyChecks.verify(call, staged, body.trailers());
            ObjectMeta meta = new ObjectMeta(key, staged.size(), staged.md5Hex(), clock.instant(), metadata.contentType(),
                    metadata.headers(), metadata.userMetadata(), BodyChecks.stored(staged), "staged");
            ObjectMeta stored = bucket.commit(meta, file);
            Context ctx = call.ctx();
            ctx.header("ETag", stored.quotedEtag());
            ObjectReads.writeChecksums(ctx, stored);
            S3Response.empty(ctx, 200);
            notifier.publish(call, bucket, "ObjectCreated:Put", stored);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** S3's conditional writes: {@code If-None-Match: *} refuses to overwrite, {@code If-Match} needs that ETag. */
    private static void checkConditionalWrite(S3Call call, ObjectMeta current) {
        String ifNoneMatch = call.header("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.strip().equals("*") && current != null) {
            throw Preconditions.failed("If-None-Match", ifNoneMatch, current);
        }
        String ifMatch = call.header("If-Match");
        if (ifMatch != null && current == null) {
            throw S3Exception.noSuchKey(call.bucket(), call.key());
        }
        if (ifMatch != null && !Preconditions.etagListMatches(ifMatch, current)) {
            throw Preconditions.failed("If-Match", ifMatch, current);
        }
    }
}
