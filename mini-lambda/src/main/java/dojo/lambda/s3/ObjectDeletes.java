package dojo.lambda.s3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Element;

/** DeleteObject (204 whether or not the key existed, as S3) and DeleteObjects (up to 1000 keys). */
final class ObjectDeletes {
    private static final int MAX_KEYS = 1000;

    private final BucketRegistry buckets;
    private final Notifier notifier;

    ObjectDeletes(BucketRegistry buckets, Notifier notifier) {
        this.buckets = buckets;
        this.notifier = notifier;
    }

    void delete(S3Call call) throws IOException {
        Bucket bucket = buckets.owned(call.accountId(), call.bucket());
        ObjectMeta removed = bucket.remove(call.key());
        S3Response.empty(call.ctx(), 204);
        if (removed != null) {
            notifier.publish(call, bucket, "ObjectRemoved:Delete", removed);
        }
    }

    void deleteMany(S3Call call) throws IOException {
        Bucket bucket = buckets.owned(call.accountId(), call.bucket());
        byte[] body = call.ctx().bodyAsBytes();
        checkIntegrity(call, body);
        Element root = XmlReader.root(body, "Delete");
        List<Element> objects = XmlReader.children(root, "Object");
        if (objects.size() > MAX_KEYS) {
            throw XmlReader.malformed("DeleteObjects takes at most " + MAX_KEYS + " keys, found " + objects.size());
        }
        boolean quiet = "true".equals(XmlReader.text(root, "Quiet"));
        XmlWriter xml = XmlWriter.document("DeleteResult");
        List<ObjectMeta> removed = new ArrayList<>();
        for (Element o : objects) {
            String key = XmlReader.text(o, "Key");
            if (key == null || key.isEmpty()) {
                throw XmlReader.malformed("every <Object> needs a non-empty <Key>");
            }
            ObjectMeta gone = bucket.remove(key);
            if (gone != null) {
                removed.add(gone);
            }
            if (!quiet) {
                xml.start("Deleted").element("Key", key).end();
            }
        }
        S3Response.xml(call.ctx(), 200, xml.finish());
        for (ObjectMeta gone : removed) {
            notifier.publish(call, bucket, "ObjectRemoved:Delete", gone);
        }
    }

    /** S3 requires DeleteObjects to carry Content-MD5 or an additional checksum of its body. */
    private static void checkIntegrity(S3Call call, byte[] body) {
        ChecksumAlgorithm declared = null;
        for (ChecksumAlgorithm a : ChecksumAlgorithm.values()) {
            if (call.header(a.header()) != null) {
                declared = a;
            }
        }
        String md5 = call.header("Content-MD5");
        if (md5 == null && declared == null) {
            throw new S3Exception(S3ErrorCode.InvalidRequest, "Missing required header for this request: Content-MD5."
                    + " Send Content-MD5 or an x-amz-checksum-* header with DeleteObjects, as the AWS SDKs do.");
        }
        if (md5 != null && !md5.strip().equals(Base64.getEncoder().encodeToString(Upload.md5().digest(body)))) {
            throw new S3Exception(S3ErrorCode.BadDigest, "Content-MD5 " + md5 + " does not match the request body.");
        }
        if (declared != null) {
            ChecksumAlgorithm.Running sum = declared.start();
            sum.update(body, 0, body.length);
            if (!call.header(declared.header()).strip().equals(sum.base64())) {
                throw new S3Exception(S3ErrorCode.BadDigest, "The " + declared.name() + " you specified did not match"
                        + " the calculated checksum of the request body.");
            }
        }
    }
}
