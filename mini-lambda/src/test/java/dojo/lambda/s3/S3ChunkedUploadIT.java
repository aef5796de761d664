package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * aws-chunked uploads as the AWS SDK's signer encodes them, sent over the wire unchanged and
 * tampered with: a changed byte fails its chunk's signature, a wrong trailing checksum is
 * BadDigest, and neither leaves an object behind.
 */
class S3ChunkedUploadIT {
    private static final byte[] CONTENT = new byte[300_000];

    @TempDir
    static Path data;
    static S3Harness harness;
    static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        new Random(7).nextBytes(CONTENT);
        harness = S3Harness.start(data);
        s3 = harness.s3();
        s3.createBucket(b -> b.bucket("chunked"));
    }

    @AfterAll
    static void stop() {
        s3.close();
        harness.close();
    }

    @Test
    void signedChunksWithATrailerAreStoredAsSent() throws Exception {
        HttpResponse<String> put = upload("/chunked/whole", true, body -> body);
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(s3.getObjectAsBytes(b -> b.bucket("chunked").key("whole")).asByteArray()).isEqualTo(CONTENT);
    }

    @Test
    void aByteChangedInTheLastChunkFailsItsSignatureAndNothingIsStored() throws Exception {
        HttpResponse<String> put = upload("/chunked/tampered", true, body -> {
            body[body.length - 1_000] ^= 1; // inside the last data chunk, before the final chunk and trailers
            return body;
        });
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(put.body()).contains("<Code>SignatureDoesNotMatch</Code>").contains("chunk signature");
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("chunked").key("tampered"))).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void aWrongTrailingChecksumIsBadDigestAndNothingIsStored() throws Exception {
        HttpResponse<String> put = upload("/chunked/wrong-crc", false, body -> {
            String text = new String(body, StandardCharsets.ISO_8859_1);
            int at = text.indexOf("x-amz-checksum-crc32:") + "x-amz-checksum-crc32:".length();
            body[at] = (byte) (body[at] == 'A' ? 'B' : 'A');
            return body;
        });
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("<Code>BadDigest</Code>").contains("CRC32");
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("chunked").key("wrong-crc"))).isInstanceOf(NoSuchKeyException.class);
    }

    /** PUTs CONTENT aws-chunked with a CRC32 trailer, chunks signed or not, the encoded body passed through {@code tamper}. */
    private static HttpResponse<String> upload(String path, boolean signChunks, UnaryOperator<byte[]> tamper) throws Exception {
        URI uri = URI.create(harness.engine.endpoint() + path);
        // the signer signs every chunk over http whatever it is told; the scheme is not signed, so sign as for https
        URI signedUri = signChunks ? uri : URI.create(uri.toString().replaceFirst("^http:", "https:"));
        var signed = AwsV4HttpSigner.create().sign(r -> r.identity(AwsCredentialsIdentity.create("test", "test"))
                .request(SdkHttpRequest.builder().method(SdkHttpMethod.PUT).uri(signedUri)
                        .putHeader("Content-Length", String.valueOf(CONTENT.length)).build())
                .payload(ContentStreamProvider.fromByteArray(CONTENT))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, signChunks)
                .putProperty(AwsV4HttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.CRC32));
        assertThat(signed.request().firstMatchingHeader("x-amz-content-sha256")).hasValue(signChunks
                ? "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER" : "STREAMING-UNSIGNED-PAYLOAD-TRAILER");
        byte[] body;
        try (InputStream in = signed.payload().orElseThrow().newStream()) {
            body = tamper.apply(in.readAllBytes());
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        signed.request().headers().forEach((k, vs) -> {
            if (!k.equalsIgnoreCase("host") && !k.equalsIgnoreCase("content-length")) {
                vs.forEach(v -> req.header(k, v));
            }
        });
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(req.build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
