package dojo.lambda.s3;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The event S3 sends a function (event version 2.1), field for field as AWS writes it, so that
 * {@code com.amazonaws.services.lambda.runtime.events.S3Event} reads fully populated. Keys are
 * URL-encoded as S3 encodes them; a removal carries no size or ETag.
 */
final class S3EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private S3EventJson() {}

    /** Who caused an event, as the event names them. */
    record Requester(String principalId, String sourceIp, String requestId, String hostId) {}

    record Occurrence(Requester requester, Bucket bucket, String eventName, ObjectMeta object, Instant time, String sequencer) {}

    static byte[] of(Occurrence o, String configurationId) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode r = root.putArray("Records").addObject();
        r.put("eventVersion", "2.1");
        r.put("eventSource", "aws:s3");
        r.put("awsRegion", o.bucket().state().region());
        r.put("eventTime", S3Response.iso(o.time()));
        r.put("eventName", o.eventName());
        r.putObject("userIdentity").put("principalId", o.requester().principalId());
        r.putObject("requestParameters").put("sourceIPAddress", o.requester().sourceIp());
        ObjectNode response = r.putObject("responseElements");
        response.put("x-amz-request-id", o.requester().requestId());
        response.put("x-amz-id-2", o.requester().hostId());
        ObjectNode s3 = r.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", configurationId);
        ObjectNode bucket = s3.putObject("bucket");
        bucket.put("name", o.bucket().name());
        bucket.putObject("ownerIdentity").put("principalId", Owners.principalId(o.bucket().accountId()));
        bucket.put("arn", "arn:aws:s3:::" + o.bucket().name());
        ObjectNode object = s3.putObject("object");
        object.put("key", Owners.urlEncoded(o.object().key()));
        if (o.eventName().startsWith("ObjectCreated:")) {
            object.put("size", o.object().size());
            object.put("eTag", o.object().etag());
        }
        object.put("sequencer", o.sequencer());
        return root.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
