package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.account.Account;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3's error documents, unsupported operations, authentication failures, other accounts and presigned URLs. */
class S3ErrorsIT {
    @TempDir
    static Path data;
    static S3Harness harness;
    static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        harness = S3Harness.start(data);
        s3 = harness.s3();
        s3.createBucket(b -> b.bucket("errors"));
    }

    @AfterAll
    static void stop() {
        s3.close();
        harness.close();
    }

    @Test
    void missingBucketsAndKeysAnswerS3ErrorDocuments() throws Exception {
        HttpResponse<String> bucket = harness.raw("GET", "/nowhere?list-type=2", Map.of(), new byte[0]);
        assertThat(bucket.statusCode()).isEqualTo(404);
        assertThat(bucket.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/xml"));
        assertThat(bucket.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchBucket</Code>"
                + "<Message>The specified bucket does not exist No bucket named 'nowhere' exists in this account;")
                .contains("<BucketName>nowhere</BucketName><Resource>/nowhere</Resource><RequestId>")
                .contains("<HostId>").endsWith("</Error>");
        assertThat(bucket.headers().firstValue("x-amz-request-id")).isPresent();
        HttpResponse<String> key = harness.raw("GET", "/errors/no/such%20key", Map.of(), new byte[0]);
        assertThat(key.statusCode()).isEqualTo(404);
        assertThat(key.body()).contains("<Code>NoSuchKey</Code>").contains("<Key>no/such key</Key>")
                .contains("<Resource>/errors/no/such key</Resource>");
    }

    @Test
    void unsupportedOperationsAnswerNotImplementedNamingTheOperation() throws Exception {
        assertThatThrownBy(() -> s3.putBucketVersioning(b -> b.bucket("errors")
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED))))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(501);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("does not implement PutBucketVersioning")
                            .contains("It implements CreateBucket");
                });
        assertThatThrownBy(() -> s3.createMultipartUpload(b -> b.bucket("errors").key("big")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .contains("CreateMultipartUpload").contains("one PutObject"));
        HttpResponse<String> tagging = harness.raw("GET", "/errors/some-key?tagging", Map.of(), new byte[0]);
        assertThat(tagging.statusCode()).isEqualTo(501);
        assertThat(tagging.body()).contains("<Code>NotImplemented</Code>").contains("GetObjectTagging");
    }

    @Test
    void badCredentialsAnswerS3AuthenticationErrors() {
        try (S3Client wrongSecret = harness.s3("test", "not-the-secret"); S3Client unknown = harness.s3("AKIAUNKNOWN", "x")) {
            assertThatThrownBy(() -> wrongSecret.listObjectsV2(b -> b.bucket("errors")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                    });
            // refused before the body is sent (Expect: 100-continue): URLConnection then reports only the status
            assertThatThrownBy(() -> wrongSecret.putObject(b -> b.bucket("errors").key("k"), RequestBody.fromString("x")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
            assertThatThrownBy(() -> unknown.listBuckets())
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidAccessKeyId");
                    });
        }
    }

    @Test
    void bucketNamesAreGlobalAndOtherAccountsCannotReadThem() {
        Account other = harness.engine.accounts().create();
        try (S3Client theirs = harness.s3(other.accessKeyId(), other.secretAccessKey())) {
            s3.putObject(b -> b.bucket("errors").key("private.txt"), RequestBody.fromString("mine"));
            assertThatThrownBy(() -> theirs.createBucket(b -> b.bucket("errors"))).isInstanceOf(BucketAlreadyExistsException.class);
            assertThatThrownBy(() -> theirs.getObjectAsBytes(b -> b.bucket("errors").key("private.txt")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                    });
            theirs.createBucket(b -> b.bucket("theirs"));
            assertThat(theirs.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("theirs");
            assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).doesNotContain("theirs");
            assertThatThrownBy(() -> s3.copyObject(b -> b.sourceBucket("theirs").sourceKey("x").destinationBucket("errors")
                    .destinationKey("stolen"))).isInstanceOfSatisfying(S3Exception.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
        }
    }

    @Test
    void presignedUrlsReadAndWriteWithoutTheSdk() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (var presigner = harness.presigner()) {
            var put = presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .putObjectRequest(r -> r.bucket("errors").key("shared/report 1.txt").contentType("text/plain")));
            HttpRequest.Builder upload = HttpRequest.newBuilder(put.url().toURI())
                    .PUT(HttpRequest.BodyPublishers.ofString("uploaded by URL"));
            put.signedHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("host")) {
                    values.forEach(v -> upload.header(name, v));
                }
            });
            assertThat(http.send(upload.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            var get = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .getObjectRequest(r -> r.bucket("errors").key("shared/report 1.txt")));
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(get.url().toURI()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).isEqualTo("uploaded by URL");
            assertThat(read.headers().firstValue("Content-Type")).hasValue("text/plain");
            String tampered = get.url().toString().replace("report%201.txt", "report%202.txt");
            HttpResponse<String> denied = http.send(HttpRequest.newBuilder(java.net.URI.create(tampered)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(denied.body()).contains("<Code>SignatureDoesNotMatch</Code>");
        }
    }
}
