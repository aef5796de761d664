package dojo.lambda.s3;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** S3's {@code NotImplemented} answer for operations this object store does not have, named. */
final class Unsupported {
    /** Query parameters that select a sub-resource, and so another operation, in S3's REST API. */
    static final List<String> SUBRESOURCES = List.of("acl", "accelerate", "analytics", "attributes", "cors", "delete",
            "encryption", "intelligent-tiering", "inventory", "legal-hold", "lifecycle", "location", "logging",
            "metadataTable", "metrics", "notification", "object-lock", "ownershipControls", "partNumber", "policy",
            "policyStatus", "publicAccessBlock", "replication", "requestPayment", "restore", "retention", "select",
            "session", "tagging", "torrent", "uploadId", "uploads", "versionId", "versioning", "versions", "website");

    static final String SUPPORTED = "CreateBucket, DeleteBucket, HeadBucket, ListBuckets, GetBucketLocation,"
            + " PutBucketNotificationConfiguration, GetBucketNotificationConfiguration, ListObjects, ListObjectsV2,"
            + " PutObject, GetObject, HeadObject, CopyObject, DeleteObject and DeleteObjects";

    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("GET bucket versions", "ListObjectVersions"),
            Map.entry("GET bucket uploads", "ListMultipartUploads"),
            Map.entry("POST object uploads", "CreateMultipartUpload"),
            Map.entry("PUT object uploadId", "UploadPart"),
            Map.entry("PUT object partNumber", "UploadPart"),
            Map.entry("POST object uploadId", "CompleteMultipartUpload"),
            Map.entry("DELETE object uploadId", "AbortMultipartUpload"),
            Map.entry("GET object uploadId", "ListParts"),
            Map.entry("POST object restore", "RestoreObject"),
            Map.entry("POST object select", "SelectObjectContent"),
            Map.entry("GET object attributes", "GetObjectAttributes"),
            Map.entry("GET object versionId", "GetObject of a version"),
            Map.entry("HEAD object versionId", "HeadObject of a version"),
            Map.entry("DELETE object versionId", "DeleteObject of a version"),
            Map.entry("POST bucket -", "PostObject (browser form upload)"));

    private Unsupported() {}

    /** The first sub-resource the query names, or null. */
    static String subresource(Query query) {
        for (String name : SUBRESOURCES) {
            if (query.has(name)) {
                return name;
            }
        }
        return null;
    }

    static S3Exception operation(S3Call call, String subresource) {
        String target = call.key() == null ? "bucket" : "object";
        String sub = subresource == null ? "-" : subresource;
        String name = SPECIAL.get(call.method() + " " + target + " " + sub);
        if (name == null) {
            String verb = switch (call.method()) {
                case "GET", "HEAD" -> "Get";
                case "PUT" -> "Put";
                case "DELETE" -> "Delete";
                default -> call.method().charAt(0) + call.method().substring(1).toLowerCase(Locale.ROOT);
            };
            name = verb + (target.equals("bucket") ? "Bucket" : "Object")
                    + (subresource == null ? "" : Character.toUpperCase(sub.charAt(0)) + sub.substring(1));
        }
        String hint = name.contains("Multipart") || name.startsWith("UploadPart") || name.equals("ListParts")
                ? " Upload objects of up to 5 GB with one PutObject instead (multipart uploads and S3TransferManager's"
                        + " multipart mode are not supported)." : "";
        return new S3Exception(S3ErrorCode.NotImplemented, "mini-lambda's S3 does not implement " + name + " ("
                + call.method() + " " + call.resource() + (subresource == null ? "" : "?" + subresource) + "). It implements "
                + SUPPORTED + "." + hint).with("Operation", name);
    }
}
