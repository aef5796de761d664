package dojo.lambda.s3;

import dojo.lambda.account.AccessKey;
import java.io.IOException;

/** Picks the S3 operation a request means from its method, bucket, key and sub-resource. */
final class S3Routes {
    private final BucketOperations buckets;
    private final ListObjects listing;
    private final ObjectReads reads;
    private final PutObject put;
    private final CopyObject copy;
    private final ObjectDeletes deletes;
    private final NotificationOperations notifications;

    S3Routes(BucketOperations buckets, ListObjects listing, ObjectReads reads, PutObject put, CopyObject copy,
            ObjectDeletes deletes, NotificationOperations notifications) {
        this.buckets = buckets;
        this.listing = listing;
        this.reads = reads;
        this.put = put;
        this.copy = copy;
        this.deletes = deletes;
        this.notifications = notifications;
    }

    void dispatch(S3Call call, AccessKey signer) throws IOException {
        String sub = Unsupported.subresource(call.query());
        if (call.bucket() == null) {
            if (!call.method().equals("GET")) {
                throw new S3Exception(S3ErrorCode.MethodNotAllowed, call.method() + " / names no bucket; the service"
                        + " itself answers only GET (ListBuckets).").with("Method", call.method()).with("ResourceType", "SERVICE");
            }
            buckets.list(call);
        } else if (call.key() == null) {
            bucket(call, sub);
        } else {
            object(call, sub, signer);
        }
    }

    private void bucket(S3Call call, String sub) throws IOException {
        switch (call.method() + " " + (sub == null ? "-" : sub)) {
            case "PUT -" -> buckets.create(call);
            case "DELETE -" -> buckets.delete(call);
            case "HEAD -" -> buckets.head(call);
            case "GET -" -> {
                if ("2".equals(call.query().get("list-type"))) {
                    listing.listV2(call);
                } else {
                    listing.listV1(call);
                }
            }
            case "GET location" -> buckets.location(call);
            case "GET notification" -> notifications.get(call);
            case "PUT notification" -> notifications.put(call);
            case "POST delete" -> deletes.deleteMany(call);
            default -> throw Unsupported.operation(call, sub);
        }
    }

    private void object(S3Call call, String sub, AccessKey signer) throws IOException {
        if (sub != null) {
            throw Unsupported.operation(call, sub);
        }
        switch (call.method()) {
            case "PUT" -> {
                if (call.header("x-amz-copy-source") != null) {
                    copy.copy(call);
                } else {
                    put.put(call, signer);
                }
            }
            case "GET" -> reads.get(call, false);
            case "HEAD" -> reads.get(call, true);
            case "DELETE" -> deletes.delete(call);
            default -> throw Unsupported.operation(call, null);
        }
    }
}
