package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Objects on disk: they survive a restart, and a large one passes through an engine whose heap is smaller. */
class S3PersistenceIT {
    private static final long LARGE = 300L * 1024 * 1024;

    @TempDir
    Path data;

    @Test
    void bucketsObjectsAndMetadataSurviveAnEngineRestart() throws Exception {
        try (S3Harness first = S3Harness.start(data); S3Client s3 = first.s3()) {
            s3.createBucket(b -> b.bucket("durable"));
            s3.putObject(b -> b.bucket("durable").key("a/b c.txt").contentType("text/plain").metadata(Map.of("m", "1")),
                    RequestBody.fromString("kept"));
            s3.putObject(b -> b.bucket("durable").key("gone"), RequestBody.fromString("deleted"));
            s3.putObject(b -> b.bucket("durable").key("a/b c.txt").contentType("text/plain").metadata(Map.of("m", "2")),
                    RequestBody.fromString("kept, version 2"));
            s3.deleteObject(b -> b.bucket("durable").key("gone"));
        }
        try (S3Harness second = S3Harness.start(data); S3Client s3 = second.s3()) {
            assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("durable");
            var got = s3.getObjectAsBytes(b -> b.bucket("durable").key("a/b c.txt"));
            assertThat(got.asUtf8String()).isEqualTo("kept, version 2");
            assertThat(got.response().metadata()).containsExactly(Map.entry("m", "2"));
            assertThat(got.response().contentType()).isEqualTo("text/plain");
            assertThat(s3.listObjectsV2(b -> b.bucket("durable")).contents()).extracting(S3Object::key).containsExactly("a/b c.txt");
        }
        try (var files = Files.walk(data.resolve("accounts/000000000000/s3/buckets/durable/objects"))) {
            // one sidecar and one content file: the overwritten and deleted contents are gone from disk
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2);
        }
    }

    @Test
    void aThreeHundredMegabyteObjectPassesThroughAnEngineWithASixtyFourMegabyteHeap() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process engine = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), "dojo.lambda.Main", "--port", String.valueOf(port),
                "--data", data.toString()).redirectErrorStream(true).start();
        try {
            awaitListening(engine);
            try (S3Client s3 = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(5)).build()).build()) {
                s3.createBucket(b -> b.bucket("large"));
                String expected = md5(new PatternStream(LARGE));
                var put = s3.putObject(b -> b.bucket("large").key("blob.bin"),
                        RequestBody.fromContentProvider(() -> new PatternStream(LARGE), LARGE, "application/octet-stream"));
                assertThat(put.eTag()).isEqualTo("\"" + expected + "\"");
                assertThat(s3.headObject(b -> b.bucket("large").key("blob.bin")).contentLength()).isEqualTo(LARGE);
                try (InputStream in = s3.getObject(b -> b.bucket("large").key("blob.bin"))) {
                    assertThat(md5(in)).isEqualTo(expected);
                }
                assertThat(engine.isAlive()).isTrue();
            }
        } finally {
            engine.destroy();
            engine.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static void awaitListening(Process engine) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(engine.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new java.util.ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.add(line);
            if (line.contains("listening on")) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException e) {
                        // the engine stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new AssertionError("the engine exited before listening: " + seen);
    }

    private static String md5(InputStream in) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            md5.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    /** {@code size} bytes of a fixed, non-repeating-looking pattern, generated as read. */
    private static final class PatternStream extends InputStream {
        private final long size;
        private long position;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            return value(position++);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) value(position++);
            }
            return n;
        }

        private static int value(long p) {
            long x = p * 0x9E3779B97F4A7C15L;
            return (int) ((x ^ (x >>> 29)) >>> 56) & 0xFF;
        }
    }
}
