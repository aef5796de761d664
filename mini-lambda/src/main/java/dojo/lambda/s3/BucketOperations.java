package dojo.lambda.s3;

import java.io.IOException;
import java.time.InstantSource;
import java.util.List;
import org.w3c.dom.Element;

/** CreateBucket, DeleteBucket, ListBuckets, HeadBucket and GetBucketLocation. */
final class BucketOperations {
    static final String DEFAULT_REGION = "us-east-1";

    private final BucketRegistry buckets;
    private final InstantSource clock;

    BucketOperations(BucketRegistry buckets, InstantSource clock) {
        this.buckets = buckets;
        this.clock = clock;
    }

    void create(S3Call call) {
        String region = DEFAULT_REGION;
        byte[] body = call.ctx().bodyAsBytes();
        if (body.length > 0) {
            Element root = XmlReader.root(body, "CreateBucketConfiguration");
            String constraint = XmlReader.text(root, "LocationConstraint");
            if (constraint != null && !constraint.isBlank()) {
                region = constraint.strip();
                if (region.equals(DEFAULT_REGION) || !region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
                    throw new S3Exception(S3ErrorCode.InvalidLocationConstraint, "Found '" + region + "'. Leave"
                            + " LocationConstraint out for us-east-1, or name another region such as eu-west-1.")
                            .with("LocationConstraint", region);
                }
            }
        }
        if (!region.equals(call.caller().region())) {
            throw new S3Exception(S3ErrorCode.IllegalLocationConstraintException, "The request was signed for region "
                    + call.caller().region() + " and asks for a bucket in " + region + ". Create the bucket with a client"
                    + " of that region.");
        }
        Bucket b = buckets.create(call.accountId(), call.bucket(), region, clock.instant());
        call.ctx().header("Location", "/" + b.name());
        S3Response.empty(call.ctx(), 200);
    }

    void delete(S3Call call) throws IOException {
        buckets.delete(call.accountId(), call.bucket());
        S3Response.empty(call.ctx(), 204);
    }

    void head(S3Call call) {
        Bucket b = buckets.owned(call.accountId(), call.bucket());
        call.ctx().header("x-amz-bucket-region", b.state().region());
        S3Response.empty(call.ctx(), 200);
    }

    void location(S3Call call) {
        Bucket b = buckets.owned(call.accountId(), call.bucket());
        String region = b.state().region();
        // S3 answers an empty constraint for us-east-1, for historical reasons
        S3Response.xml(call.ctx(), 200, XmlWriter.document("LocationConstraint")
                .text(region.equals(DEFAULT_REGION) ? "" : region).finish());
    }

    void list(S3Call call) {
        List<Bucket> owned = buckets.list(call.accountId());
        String prefix = call.query().get("prefix");
        XmlWriter xml = XmlWriter.document("ListAllMyBucketsResult");
        xml.start("Owner").element("ID", Owners.canonicalId(call.accountId())).end().start("Buckets");
        for (Bucket b : owned) {
            if (prefix == null || b.name().startsWith(prefix)) {
                xml.start("Bucket").element("Name", b.name()).element("CreationDate", S3Response.iso(b.state().created()))
                        .element("BucketRegion", b.state().region()).end();
            }
        }
        xml.end();
        if (prefix != null) {
            xml.element("Prefix", prefix);
        }
        S3Response.xml(call.ctx(), 200, xml.finish());
    }
}
