package dojo.lambda.s3;

import java.util.function.UnaryOperator;

/** ListObjectsV2 ({@code GET /bucket?list-type=2}) and the original ListObjects ({@code GET /bucket}). */
final class ListObjects {
    private static final int MAX_KEYS = 1000;

    private final BucketRegistry buckets;

    ListObjects(BucketRegistry buckets) {
        this.buckets = buckets;
    }

    void listV2(S3Call call) {
        Bucket bucket = buckets.owned(call.accountId(), call.bucket());
        Query q = call.query();
        UnaryOperator<String> enc = encoding(q.get("encoding-type"));
        int maxKeys = maxKeys(q.get("max-keys"));
        String token = q.get("continuation-token");
        String startAfter = q.get("start-after");
        Listing.Cursor start = token != null ? Listing.Cursor.ofToken(token)
                : startAfter != null && !startAfter.isEmpty() ? new Listing.Cursor(startAfter, false) : null;
        Listing page = Listing.of(bucket.objects(), q.get("prefix"), q.get("delimiter"), start, maxKeys);
        boolean owner = "true".equals(q.get("fetch-owner"));
        XmlWriter xml = XmlWriter.document("ListBucketResult").element("Name", bucket.name())
                .element("Prefix", enc.apply(orEmpty(q.get("prefix"))));
        if (q.get("delimiter") != null) {
            xml.element("Delimiter", enc.apply(q.get("delimiter")));
        }
        xml.element("MaxKeys", maxKeys);
        if (q.get("encoding-type") != null) {
            xml.element("EncodingType", "url");
        }
        xml.element("KeyCount", page.contents().size() + page.commonPrefixes().size())
                .element("IsTruncated", page.truncated())
                .element("ContinuationToken", token)
                .element("NextContinuationToken", page.next() == null ? null : page.next().token())
                .element("StartAfter", startAfter == null ? null : enc.apply(startAfter));
        body(xml, page, enc, owner ? bucket.accountId() : null);
        S3Response.xml(call.ctx(), 200, xml.finish());
    }

    void listV1(S3Call call) {
        Bucket bucket = buckets.owned(call.accountId(), call.bucket());
        Query q = call.query();
        UnaryOperator<String> enc = encoding(q.get("encoding-type"));
        int maxKeys = maxKeys(q.get("max-keys"));
        String marker = orEmpty(q.get("marker"));
        String delimiter = q.get("delimiter");
        // a marker that is a common prefix (S3's NextMarker) resumes after every key under it
        boolean wholePrefix = delimiter != null && !delimiter.isEmpty() && marker.endsWith(delimiter)
                && marker.startsWith(orEmpty(q.get("prefix")));
        Listing page = Listing.of(bucket.objects(), q.get("prefix"), delimiter,
                marker.isEmpty() ? null : new Listing.Cursor(marker, wholePrefix), maxKeys);
        XmlWriter xml = XmlWriter.document("ListBucketResult").element("Name", bucket.name())
                .element("Prefix", enc.apply(orEmpty(q.get("prefix")))).element("Marker", enc.apply(marker));
        if (delimiter != null && page.next() != null) {
            xml.element("NextMarker", enc.apply(page.next().after()));
        }
        xml.element("MaxKeys", maxKeys);
        if (delimiter != null) {
            xml.element("Delimiter", enc.apply(delimiter));
        }
        if (q.get("encoding-type") != null) {
            xml.element("EncodingType", "url");
        }
        xml.element("IsTruncated", page.truncated());
        body(xml, page, enc, bucket.accountId());
        S3Response.xml(call.ctx(), 200, xml.finish());
    }

    private static void body(XmlWriter xml, Listing page, UnaryOperator<String> enc, String ownerAccount) {
        for (ObjectMeta m : page.contents()) {
            xml.start("Contents").element("Key", enc.apply(m.key())).element("LastModified", S3Response.iso(m.lastModified()))
                    .element("ETag", m.quotedEtag());
            m.checksums().keySet().forEach(a -> xml.element("ChecksumAlgorithm", a));
            if (!m.checksums().isEmpty()) {
                xml.element("ChecksumType", "FULL_OBJECT");
            }
            xml.element("Size", m.size()).element("StorageClass", "STANDARD");
            if (ownerAccount != null) {
                xml.start("Owner").element("ID", Owners.canonicalId(ownerAccount)).end();
            }
            xml.end();
        }
        for (String p : page.commonPrefixes()) {
            xml.start("CommonPrefixes").element("Prefix", enc.apply(p)).end();
        }
    }

    private static UnaryOperator<String> encoding(String type) {
        if (type == null) {
            return s -> s;
        }
        if (!type.equals("url")) {
            throw new S3Exception(S3ErrorCode.InvalidArgument, "Invalid Encoding Method specified in Request: found '"
                    + type + "', the only one is 'url'.").with("ArgumentName", "encoding-type").with("ArgumentValue", type);
        }
        return Owners::urlEncoded;
    }

    private static int maxKeys(String text) {
        if (text == null) {
            return MAX_KEYS;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0) {
                return Math.min(n, MAX_KEYS);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new S3Exception(S3ErrorCode.InvalidArgument, "Provided max-keys not an integer or within integer range:"
                + " found '" + text + "', expected 0 to 1000.").with("ArgumentName", "max-keys").with("ArgumentValue", text);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
