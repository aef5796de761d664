package dojo.lambda.s3;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What S3 keeps about one object besides its bytes; stored as a JSON sidecar next to them.
 *
 * @param etag the hex MD5 of the content, without quotes
 * @param headers the stored standard headers (Content-Encoding, Content-Disposition,
 *     Content-Language, Cache-Control, Expires) under those names
 * @param userMetadata {@code x-amz-meta-*} values by lower-case name without the prefix
 * @param checksums base64 values by {@link ChecksumAlgorithm} name
 * @param dataFile the file name of the content in the bucket's object folder
 */
record ObjectMeta(String key, long size, String etag, Instant lastModified, String contentType,
        Map<String, String> headers, Map<String, String> userMetadata, Map<String, String> checksums, String dataFile) {
    ObjectMeta {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(contentType, "contentType");
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        userMetadata = java.util.Collections.unmodifiableMap(new TreeMap<>(userMetadata == null ? Map.of() : userMetadata));
        checksums = Map.copyOf(checksums == null ? Map.of() : checksums);
        Objects.requireNonNull(dataFile, "dataFile");
    }

    String quotedEtag() {
        return "\"" + etag + "\"";
    }

    ObjectMeta withDataFile(String file) {
        return new ObjectMeta(key, size, etag, lastModified, contentType, headers, userMetadata, checksums, file);
    }
}
