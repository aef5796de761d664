package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Decoding aws-chunked bodies as the AWS SDK's own signer encodes them, and refusing tampered ones. */
class AwsChunkedStreamTest {
    private static final byte[] CONTENT = "0123456789abcdef".repeat(10_000).getBytes(StandardCharsets.US_ASCII);

    private static SignedRequest signed(boolean withTrailer) {
        return AwsV4HttpSigner.create().sign(r -> {
            r.identity(AwsCredentialsIdentity.create("test", "secret"))
                    .request(SdkHttpRequest.builder().method(SdkHttpMethod.PUT).uri(URI.create("http://127.0.0.1:4566/b/k"))
                            .putHeader("Content-Length", String.valueOf(CONTENT.length)).build())
                    .payload(ContentStreamProvider.fromByteArray(CONTENT))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                    .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true)
                    .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true);
            if (withTrailer) {
                r.putProperty(AwsV4HttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.CRC32);
            }
        });
    }

    private static ChunkSignatures signatures(SignedRequest s, String secret) {
        return ChunkSignatures.of(s.request().firstMatchingHeader("Authorization").orElseThrow(),
                s.request().firstMatchingHeader("X-Amz-Date").orElseThrow(), secret);
    }

    private static byte[] body(SignedRequest s) throws IOException {
        try (InputStream in = s.payload().orElseThrow().newStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void signedChunksDecodeToTheContent() throws IOException {
        SignedRequest s = signed(false);
        assertThat(s.request().firstMatchingHeader("x-amz-content-sha256")).hasValue("STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
        AwsChunkedStream in = new AwsChunkedStream(new ByteArrayInputStream(body(s)), signatures(s, "secret"));
        assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        assertThat(in.trailers()).isEmpty();
    }

    @Test
    void signedTrailersAreReadAndChecked() throws IOException {
        SignedRequest s = signed(true);
        assertThat(s.request().firstMatchingHeader("x-amz-content-sha256")).hasValue("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER");
        AwsChunkedStream in = new AwsChunkedStream(new ByteArrayInputStream(body(s)), signatures(s, "secret"));
        assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        ChecksumAlgorithm.Running crc = ChecksumAlgorithm.CRC32.start();
        crc.update(CONTENT, 0, CONTENT.length);
        assertThat(in.trailers()).containsExactly(java.util.Map.entry("x-amz-checksum-crc32", crc.base64()));
    }

    @Test
    void aChangedByteInAnyChunkFailsItsSignature() throws IOException {
        SignedRequest s = signed(true);
        byte[] body = body(s);
        int at = new String(body, StandardCharsets.ISO_8859_1).indexOf("0123456789abcdef") + 70_000;
        body[at] = (byte) 'X';
        AwsChunkedStream in = new AwsChunkedStream(new ByteArrayInputStream(body), signatures(s, "secret"));
        assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.code()).isEqualTo(S3ErrorCode.SignatureDoesNotMatch);
            assertThat(e.getMessage()).contains("chunk signature");
        });
    }

    @Test
    void anotherSecretFailsTheFirstChunk() throws IOException {
        SignedRequest s = signed(false);
        AwsChunkedStream in = new AwsChunkedStream(new ByteArrayInputStream(body(s)), signatures(s, "wrong"));
        assertThatThrownBy(in::readAllBytes).isInstanceOf(S3Exception.class);
    }

    @Test
    void unsignedChunksWithATrailerDecode() throws IOException {
        String body = "5\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n";
        AwsChunkedStream in = new AwsChunkedStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)), null);
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("hello world");
        assertThat(in.trailers()).containsEntry("x-amz-checksum-crc32", "DUoRhQ==");
    }

    @Test
    void aBodyCutShortIsIncomplete() {
        AwsChunkedStream in = new AwsChunkedStream(new ByteArrayInputStream("a\r\nhello".getBytes(StandardCharsets.US_ASCII)), null);
        assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(S3Exception.class,
                e -> assertThat(e.code()).isEqualTo(S3ErrorCode.IncompleteBody));
    }

    @Test
    void aBodyArrivingAFewBytesAtATimeDecodesAndVerifiesTheSame() throws IOException {
        SignedRequest s = signed(true);
        // as a network connection delivers it: pieces of 1 to 7 bytes, so headers and CRLFs span reads
        InputStream trickle = new ByteArrayInputStream(body(s)) {
            private int next;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                next = next % 7 + 1;
                return super.read(b, off, Math.min(len, next));
            }
        };
        AwsChunkedStream in = new AwsChunkedStream(trickle, signatures(s, "secret"));
        assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        assertThat(in.trailers()).containsKey("x-amz-checksum-crc32");
    }

    @Test
    void aChunkHeaderWithoutLineEndIsRefusedAfterItsLimit() {
        byte[] body = ("f".repeat(10_000)).getBytes(StandardCharsets.US_ASCII);
        AwsChunkedStream in = new AwsChunkedStream(new ByteArrayInputStream(body), null);
        assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.code()).isEqualTo(S3ErrorCode.IncompleteBody);
            assertThat(e.getMessage()).contains("longer than 8192 bytes");
        });
    }
}
