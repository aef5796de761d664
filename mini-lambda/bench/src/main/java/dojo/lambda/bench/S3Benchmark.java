package dojo.lambda.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The object store under load through the real AWS SDK S3 client with its defaults (signed
 * aws-chunked uploads with a CRC32 trailer, checksum-validated downloads): small-object PutObject
 * and GetObject latency and rate, and 1 MB object throughput, sequential and with 4 callers.
 *
 * <pre>java -cp mini-lambda/bench/target/mini-lambda-bench.jar dojo.lambda.bench.S3Benchmark
 *     [--engine-jar mini-lambda/target/mini-lambda.jar]</pre>
 */
public final class S3Benchmark {
    private S3Benchmark() {}

    public static void main(String[] args) throws Exception {
        String jar = args.length >= 2 && args[0].equals("--engine-jar") ? args[1] : "mini-lambda/target/mini-lambda.jar";
        Path data = Files.createTempDirectory("mini-lambda-s3-bench");
        Process engine = new ProcessBuilder("java", "-XX:+UseParallelGC", "-jar", jar, "--port", "0", "--data", data.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(engine.getInputStream(), StandardCharsets.UTF_8));
            Matcher m = Pattern.compile("(http://[0-9.]+:\\d+)").matcher(String.valueOf(out.readLine()));
            if (!m.find()) {
                throw new IllegalStateException("engine did not start");
            }
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            try (S3Client s3 = client(m.group(1))) {
                System.out.println("mini-lambda S3 benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, engine "
                        + m.group(1) + ", AWS SDK S3Client defaults over HTTP");
                s3.createBucket(b -> b.bucket("bench"));
                byte[] small = bytes(1024);
                byte[] large = bytes(1024 * 1024);
                run(s3, "warm-up", small, 300, 1, false);
                run(s3, "PutObject 1 KB, 1 caller", small, 2000, 1, false);
                run(s3, "GetObject 1 KB, 1 caller", small, 2000, 1, true);
                run(s3, "PutObject 1 KB, 4 callers", small, 4000, 4, false);
                run(s3, "GetObject 1 KB, 4 callers", small, 4000, 4, true);
                run(s3, "PutObject 1 MB, 1 caller", large, 200, 1, false);
                run(s3, "GetObject 1 MB, 1 caller", large, 200, 1, true);
                run(s3, "PutObject 1 MB, 4 callers", large, 400, 4, false);
                run(s3, "GetObject 1 MB, 4 callers", large, 400, 4, true);
            }
        } finally {
            engine.destroy();
            engine.waitFor();
        }
    }

    private static void run(S3Client s3, String label, byte[] body, int count, int callers, boolean read) throws Exception {
        String prefix = body.length + "/";
        if (read) {
            s3.putObject(b -> b.bucket("bench").key(prefix + "read"), RequestBody.fromBytes(body));
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        long[] samples = new long[count];
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            done.add(pool.submit(() -> {
                for (int i = caller; i < count; i += callers) {
                    String key = prefix + (read ? "read" : "object-" + (i % 100));
                    long t0 = System.nanoTime();
                    if (read) {
                        int n = s3.getObjectAsBytes(b -> b.bucket("bench").key(key)).asByteArrayUnsafe().length;
                        if (n != body.length) {
                            throw new IllegalStateException("read " + n + " bytes, expected " + body.length);
                        }
                    } else {
                        s3.putObject(b -> b.bucket("bench").key(key), RequestBody.fromBytes(body));
                    }
                    samples[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%-28s %8.0f ops/s %8.1f MB/s  %s%n", label, count / seconds, count * (double) body.length / seconds / 1e6,
                new Percentiles(samples).summary());
    }

    private static S3Client client(String endpoint) {
        return S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build()).build();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }
}
