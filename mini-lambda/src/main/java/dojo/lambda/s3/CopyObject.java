package dojo.lambda.s3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * CopyObject ({@code PUT} with {@code x-amz-copy-source: /bucket/key}), within a bucket or across
 * buckets of one account. Content files never change once written, so a copy is a hard link
 * where the file system allows one, and a file copy where not.
 */
final class CopyObject {
    private final BucketRegistry buckets;
    private final Notifier notifier;
    private final InstantSource clock;

    CopyObject(BucketRegistry buckets, Notifier notifier, InstantSource clock) {
        this.buckets = buckets;
        this.notifier = notifier;
        this.clock = clock;
    }

    void copy(S3Call call) throws IOException {
        Bucket target = buckets.owned(call.accountId(), call.bucket());
        String key = ObjectKey.check(call.key());
        Address source = source(call.header("x-amz-copy-source"));
        Bucket from = buckets.owned(call.accountId(), source.bucket());
        boolean replace = directive(call.header("x-amz-metadata-directive"));
        if (from == target && source.key().equals(key) && !replace) {
            throw new S3Exception(S3ErrorCode.InvalidRequest, "This copy request is illegal because it is trying to copy"
                    + " an object to itself without changing the object's metadata, storage class, website redirect"
                    + " location or encryption attributes. Copy to another key, or send x-amz-metadata-directive: REPLACE.");
        }
        Path file = target.newUpload();
        try {
            ObjectMeta original = linkSource(call, from, source.key(), file);
            ObjectMeta meta;
            if (replace) {
                RequestMetadata m = RequestMetadata.of(call);
                meta = new ObjectMeta(key, original.size(), original.etag(), clock.instant(), m.contentType(), m.headers(),
                        m.userMetadata(), original.checksums(), "staged");
            } else {
                meta = new ObjectMeta(key, original.size(), original.etag(), clock.instant(), original.contentType(),
                        original.headers(), original.userMetadata(), original.checksums(), "staged");
            }
            ObjectMeta stored = target.commit(meta, file);
            XmlWriter xml = XmlWriter.document("CopyObjectResult").element("LastModified", S3Response.iso(stored.lastModified()))
                    .element("ETag", stored.quotedEtag());
            stored.checksums().forEach((a, v) -> xml.element(ChecksumAlgorithm.valueOf(a).element(), v));
            S3Response.xml(call.ctx(), 200, xml.finish());
            notifier.publish(call, target, "ObjectCreated:Copy", stored);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Puts the source's content at {@code file}; returns the source's metadata as of that moment. */
    private static ObjectMeta linkSource(S3Call call, Bucket from, String key, Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            ObjectMeta meta = from.get(key);
            if (meta == null) {
                throw S3Exception.noSuchKey(from.name(), key);
            }
            checkSourceConditions(call, meta);
            Files.deleteIfExists(file);
            try {
                link(from.dataOf(meta), file);
                return meta;
            } catch (NoSuchFileException e) {
                // overwritten since the lookup
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    private static void link(Path source, Path file) throws IOException {
        try {
            Files.createLink(file, source);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(source, file);
        }
    }

    private static void checkSourceConditions(S3Call call, ObjectMeta meta) {
        String ifMatch = call.header("x-amz-copy-source-if-match");
        if (ifMatch != null && !Preconditions.etagListMatches(ifMatch, meta)) {
            throw Preconditions.failed("x-amz-copy-source-if-match", ifMatch, meta);
        }
        String ifNoneMatch = call.header("x-amz-copy-source-if-none-match");
        if (ifNoneMatch != null && Preconditions.etagListMatches(ifNoneMatch, meta)) {
            throw Preconditions.failed("x-amz-copy-source-if-none-match", ifNoneMatch, meta);
        }
    }

    /** {@code /bucket/key}, {@code bucket/key}, URL-encoded, perhaps with {@code ?versionId=}. */
    static Address source(String header) {
        String raw = header.strip();
        int q = raw.indexOf('?');
        if (q >= 0) {
            String version = Query.parse(raw.substring(q + 1)).get("versionId");
            if (version != null && !version.equals("null")) {
                throw new S3Exception(S3ErrorCode.NotImplemented, "mini-lambda's S3 keeps no object versions, so"
                        + " x-amz-copy-source cannot name versionId '" + version + "'. Copy the current object instead.");
            }
            raw = raw.substring(0, q);
        }
        Address a = Address.of(null, raw.startsWith("/") ? raw : "/" + raw);
        if (a.bucket() == null || a.key() == null) {
            throw new S3Exception(S3ErrorCode.InvalidArgument, "Copy Source must mention the source bucket and key:"
                    + " sourcebucket/sourcekey, found '" + header + "'.").with("ArgumentName", "x-amz-copy-source")
                    .with("ArgumentValue", header);
        }
        return a;
    }

    private static boolean directive(String value) {
        if (value == null || value.equals("COPY")) {
            return false;
        }
        if (value.equals("REPLACE")) {
            return true;
        }
        throw new S3Exception(S3ErrorCode.InvalidArgument, "Unknown metadata directive '" + value
                + "'; expected COPY or REPLACE.").with("ArgumentName", "x-amz-metadata-directive").with("ArgumentValue", value);
    }
}
