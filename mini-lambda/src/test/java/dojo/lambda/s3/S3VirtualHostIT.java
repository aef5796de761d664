package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Virtual-host style ({@code Host: <bucket>.localhost:<port>}) through the SDK, mixed with path-style. */
class S3VirtualHostIT {
    @TempDir
    Path data;

    @Test
    void bucketsInTheHostHeaderWorkLikeBucketsInThePath() throws Exception {
        try (S3Harness harness = S3Harness.start(data); S3Client pathStyle = harness.s3()) {
            LoopbackHttpClient http = new LoopbackHttpClient(harness.engine.port());
            S3Client hosted = harness.virtualHostS3(http);
            hosted.createBucket(b -> b.bucket("hosted-bucket"));
            hosted.putObject(b -> b.bucket("hosted-bucket").key("dir/a b+c.txt").contentType("text/plain"),
                    RequestBody.fromString("virtual"));
            assertThat(pathStyle.getObjectAsBytes(b -> b.bucket("hosted-bucket").key("dir/a b+c.txt")).asUtf8String())
                    .isEqualTo("virtual");
            pathStyle.putObject(b -> b.bucket("hosted-bucket").key("from-path"), RequestBody.fromString("path"));
            var got = hosted.getObjectAsBytes(b -> b.bucket("hosted-bucket").key("from-path").range("bytes=1-2"));
            assertThat(got.asUtf8String()).isEqualTo("at");
            assertThat(hosted.headObject(b -> b.bucket("hosted-bucket").key("dir/a b+c.txt")).contentType()).isEqualTo("text/plain");
            assertThat(hosted.listObjectsV2(b -> b.bucket("hosted-bucket").prefix("dir/")).contents()).extracting(S3Object::key)
                    .containsExactly("dir/a b+c.txt");
            hosted.copyObject(b -> b.sourceBucket("hosted-bucket").sourceKey("from-path").destinationBucket("hosted-bucket")
                    .destinationKey("copied"));
            hosted.deleteObject(b -> b.bucket("hosted-bucket").key("from-path"));
            assertThatThrownBy(() -> hosted.getObjectAsBytes(b -> b.bucket("hosted-bucket").key("from-path")))
                    .isInstanceOf(NoSuchKeyException.class);
            assertThat(hosted.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("hosted-bucket");
            assertThat(http.hosts).contains("hosted-bucket.localhost:" + harness.engine.port(), "localhost:" + harness.engine.port());
            hosted.close();
        }
    }
}
