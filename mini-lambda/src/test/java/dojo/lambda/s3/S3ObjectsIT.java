package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Buckets and objects through the real AWS SDK S3 client, path-style. */
class S3ObjectsIT {
    @TempDir
    static Path data;
    static S3Harness harness;
    static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        harness = S3Harness.start(data);
        s3 = harness.s3();
    }

    @AfterAll
    static void stop() {
        s3.close();
        harness.close();
    }

    @Test
    void bucketIsCreatedListedAndDeleted() {
        s3.createBucket(b -> b.bucket("lifecycle-bucket"));
        assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).contains("lifecycle-bucket");
        s3.headBucket(b -> b.bucket("lifecycle-bucket"));
        assertThatThrownBy(() -> s3.createBucket(b -> b.bucket("lifecycle-bucket")))
                .isInstanceOf(BucketAlreadyOwnedByYouException.class);
        s3.deleteBucket(b -> b.bucket("lifecycle-bucket"));
        assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).doesNotContain("lifecycle-bucket");
        assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket("lifecycle-bucket"))).isInstanceOf(NoSuchBucketException.class);
    }

    @Test
    void objectRoundTripsWithMetadataContentTypeAndEtag() {
        s3.createBucket(b -> b.bucket("round-trip"));
        var put = s3.putObject(b -> b.bucket("round-trip").key("notes/hello.txt").contentType("text/plain")
                .metadata(Map.of("Color", "blue", "owner", "ana")), RequestBody.fromString("hello world"));
        assertThat(put.eTag()).isEqualTo("\"5eb63bbbe01eeed093cb22bb8f5acdc3\"");
        ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket("round-trip").key("notes/hello.txt"));
        assertThat(got.asUtf8String()).isEqualTo("hello world");
        assertThat(got.response().contentType()).isEqualTo("text/plain");
        assertThat(got.response().eTag()).isEqualTo(put.eTag());
        assertThat(got.response().metadata()).containsEntry("color", "blue").containsEntry("owner", "ana");
        HeadObjectResponse head = s3.headObject(b -> b.bucket("round-trip").key("notes/hello.txt"));
        assertThat(head.contentLength()).isEqualTo(11);
        assertThat(head.eTag()).isEqualTo(put.eTag());
        s3.deleteObject(b -> b.bucket("round-trip").key("notes/hello.txt"));
        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("round-trip").key("notes/hello.txt")))
                .isInstanceOf(NoSuchKeyException.class);
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("round-trip").key("notes/hello.txt")))
                .isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void keysWithSpacesPlusPercentSlashesAndUnicodeKeepTheirExactNames() {
        s3.createBucket(b -> b.bucket("odd-keys"));
        List<String> keys = List.of("a b+c/%d.txt", "dir//double/slash", "ünï cødé/日本語 ✓.txt", "100%+true=yes&no?.csv",
                "trailing space ", "emoji/😀.png");
        for (String key : keys) {
            s3.putObject(b -> b.bucket("odd-keys").key(key), RequestBody.fromString("content of " + key));
        }
        for (String key : keys) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket("odd-keys").key(key)).asUtf8String()).isEqualTo("content of " + key);
        }
        assertThat(s3.listObjectsV2(b -> b.bucket("odd-keys")).contents()).extracting(o -> o.key())
                .containsExactly("100%+true=yes&no?.csv", "a b+c/%d.txt", "dir//double/slash", "emoji/😀.png",
                        "trailing space ", "ünï cødé/日本語 ✓.txt");
    }

    @Test
    void rangeRequestsAnswerPartialContentAndUnsatisfiableRangesAre416() {
        s3.createBucket(b -> b.bucket("ranges"));
        s3.putObject(b -> b.bucket("ranges").key("digits"), RequestBody.fromString("0123456789"));
        var part = s3.getObjectAsBytes(b -> b.bucket("ranges").key("digits").range("bytes=2-5"));
        assertThat(part.asUtf8String()).isEqualTo("2345");
        assertThat(part.response().contentRange()).isEqualTo("bytes 2-5/10");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("ranges").key("digits").range("bytes=-3")).asUtf8String()).isEqualTo("789");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("ranges").key("digits").range("bytes=7-")).asUtf8String()).isEqualTo("789");
        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("ranges").key("digits").range("bytes=10-20")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(416);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRange");
                });
    }

    @Test
    void checksumsSentAsTrailersOrHeadersAreStoredAndEchoed() {
        s3.createBucket(b -> b.bucket("checksums"));
        for (ChecksumAlgorithm algorithm : List.of(ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32_C, ChecksumAlgorithm.SHA256,
                ChecksumAlgorithm.SHA1)) {
            String key = "object-" + algorithm;
            var put = s3.putObject(b -> b.bucket("checksums").key(key).checksumAlgorithm(algorithm), RequestBody.fromString("checked"));
            var got = s3.getObjectAsBytes(b -> b.bucket("checksums").key(key).checksumMode(ChecksumMode.ENABLED));
            assertThat(got.asUtf8String()).isEqualTo("checked");
            String echoed = switch (algorithm) {
                case CRC32 -> put.checksumCRC32();
                case CRC32_C -> put.checksumCRC32C();
                case SHA256 -> put.checksumSHA256();
                default -> put.checksumSHA1();
            };
            assertThat(echoed).as(algorithm.toString()).isNotNull();
        }
        assertThat(s3.putObject(b -> b.bucket("checksums").key("crc32").checksumCRC32("tdDnvw=="),
                RequestBody.fromString("hello world hello world hello world ")).checksumCRC32()).isEqualTo("tdDnvw==");
    }

    @Test
    void aWrongContentMd5IsBadDigestAndNothingIsStored() {
        s3.createBucket(b -> b.bucket("digests"));
        String wrong = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("digests").key("k").contentMD5(wrong), RequestBody.fromString("body")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BadDigest"));
        assertThat(s3.listObjectsV2(b -> b.bucket("digests")).keyCount()).isZero();
        String right = Base64.getEncoder().encodeToString(Upload.md5().digest("body".getBytes(StandardCharsets.UTF_8)));
        s3.putObject(b -> b.bucket("digests").key("k").contentMD5(right), RequestBody.fromString("body"));
        assertThat(s3.listObjectsV2(b -> b.bucket("digests")).keyCount()).isEqualTo(1);
    }

    @Test
    void copyWorksWithinAndAcrossBucketsAndKeepsOrReplacesMetadata() {
        s3.createBucket(b -> b.bucket("copy-from"));
        s3.createBucket(b -> b.bucket("copy-to"));
        s3.putObject(b -> b.bucket("copy-from").key("src file.txt").contentType("text/csv").metadata(Map.of("k", "v")),
                RequestBody.fromString("a,b"));
        var same = s3.copyObject(b -> b.sourceBucket("copy-from").sourceKey("src file.txt")
                .destinationBucket("copy-from").destinationKey("copy of src.txt"));
        assertThat(same.copyObjectResult().eTag()).isEqualTo(s3.headObject(b -> b.bucket("copy-from").key("src file.txt")).eTag());
        var across = s3.copyObject(b -> b.sourceBucket("copy-from").sourceKey("src file.txt")
                .destinationBucket("copy-to").destinationKey("moved/here.txt").metadataDirective(MetadataDirective.REPLACE)
                .contentType("text/plain").metadata(Map.of("new", "yes")));
        assertThat(across.copyObjectResult().lastModified()).isNotNull();
        var copied = s3.getObjectAsBytes(b -> b.bucket("copy-to").key("moved/here.txt"));
        assertThat(copied.asUtf8String()).isEqualTo("a,b");
        assertThat(copied.response().contentType()).isEqualTo("text/plain");
        assertThat(copied.response().metadata()).containsExactly(Map.entry("new", "yes"));
        assertThat(s3.headObject(b -> b.bucket("copy-from").key("copy of src.txt")).metadata()).containsEntry("k", "v");
        assertThatThrownBy(() -> s3.copyObject(b -> b.sourceBucket("copy-from").sourceKey("src file.txt")
                .destinationBucket("copy-from").destinationKey("src file.txt")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequest"));
    }

    @Test
    void aBucketWithObjectsCannotBeDeleted() {
        s3.createBucket(b -> b.bucket("not-empty"));
        s3.putObject(b -> b.bucket("not-empty").key("x"), RequestBody.fromString("x"));
        assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket("not-empty")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty");
                });
        s3.deleteObjects(b -> b.bucket("not-empty").delete(d -> d.objects(o -> o.key("x"))));
        s3.deleteBucket(b -> b.bucket("not-empty"));
    }

    @Test
    void invalidBucketNamesAreRefusedWithTheRuleTheyBreak() throws Exception {
        // the SDK checks some rules itself, so the server's own answer is read off the wire
        var upper = harness.raw("PUT", "/Upper_Case", Map.of(), new byte[0]);
        assertThat(upper.statusCode()).isEqualTo(400);
        assertThat(upper.body()).contains("<Code>InvalidBucketName</Code>")
                .contains("<Message>The specified bucket is not valid. Found 'Upper_Case': it contains characters other"
                        + " than lowercase letters, digits, dots and hyphens.")
                .contains("<BucketName>Upper_Case</BucketName>").contains("<Resource>/Upper_Case</Resource>")
                .contains("<RequestId>");
        assertThat(harness.raw("PUT", "/ab", Map.of(), new byte[0]).body()).contains("it is 2 characters long");
        assertThat(harness.raw("PUT", "/192.168.1.1", Map.of(), new byte[0]).body()).contains("formatted as an IP address");
        assertThatThrownBy(() -> s3.createBucket(b -> b.bucket("xn--reserved")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .contains("the prefix 'xn--' is reserved"));
    }
}
