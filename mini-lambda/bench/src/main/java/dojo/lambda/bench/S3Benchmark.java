package dojo.lambda.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The object store under load through the real AWS SDK S3 client with its defaults (signed
 * aws-chunked uploads with a CRC32 trailer, checksum-validated downloads): PutObject and
 * GetObject of 1 KB and 1 MB objects, 1 and 4 callers. Each figure is taken over a fixed window
 * after a time-based warm-up (150 s for the first figure: on two shared cores both the engine's and
 * the SDK client's JIT compilers need well over a minute, and until then 1 MB puts cost half as
 * much CPU again), with the CPU the engine and this driver (the SDK client) spent per request and
 * per MB, JIT compiler threads apart: on a shared machine those say more than MB/s.
 *
 * <pre>java [-Dbench.http=url-connection|apache] -cp mini-lambda/bench/target/mini-lambda-bench.jar dojo.lambda.bench.S3Benchmark
 *     [--engine-jar mini-lambda/target/mini-lambda.jar] [--sizes 1KB,1MB] [--ops put,get] [--callers 1,4]
 *     [--warm 150] [--seconds 10]</pre>
 */
public final class S3Benchmark {
    private static final String BUCKET = "bench";

    private S3Benchmark() {}

    public static void main(String[] args) throws Exception {
        String jar = Options.value(args, "--engine-jar", "mini-lambda/target/mini-lambda.jar");
        int warm = Integer.parseInt(Options.value(args, "--warm", "150"));
        int seconds = Integer.parseInt(Options.value(args, "--seconds", "10"));
        // url-connection unless told otherwise, as the README's S3 figures were taken
        String http = System.getProperty("bench.http", "url-connection");
        try (EngineProcess engine = new EngineProcess(jar); S3Client s3 = client(engine.endpoint(), http)) {
            System.out.println("mini-lambda S3 benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, engine "
                    + engine.endpoint() + ", AWS SDK S3Client defaults over HTTP (" + http + " client), load average " + loadAverage());
            s3.createBucket(b -> b.bucket(BUCKET));
            for (String size : Options.value(args, "--sizes", "1KB,1MB").split(",")) {
                byte[] body = bytes(size.equals("1MB") ? 1024 * 1024 : size.equals("1KB") ? 1024 : Integer.parseInt(size));
                for (String op : Options.value(args, "--ops", "put,get").split(",")) {
                    for (String callers : Options.value(args, "--callers", "1,4").split(",")) {
                        scenario(engine, s3, size, body, op.equals("get"), Integer.parseInt(callers), warm, seconds);
                        warm = Math.min(warm, 10);
                    }
                }
            }
        }
    }

    /** {@code callers} threads put (or get) {@code body} over and over; one figure taken after {@code warm} seconds. */
    private static void scenario(EngineProcess engine, S3Client s3, String size, byte[] body, boolean read, int callers,
            int warm, int seconds) throws Exception {
        String prefix = body.length + "/";
        if (read) {
            s3.putObject(b -> b.bucket(BUCKET).key(prefix + "read"), RequestBody.fromBytes(body));
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<List<long[]>>> futures = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            futures.add(pool.submit(() -> {
                List<long[]> timings = new ArrayList<>();
                for (int i = 0; !stop.get(); i++) {
                    String key = prefix + (read ? "read" : "object-" + caller + "-" + (i % 25));
                    long t0 = System.nanoTime();
                    if (read) {
                        int n = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArrayUnsafe().length;
                        if (n != body.length) {
                            throw new IllegalStateException("read " + n + " bytes, expected " + body.length);
                        }
                    } else {
                        s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(body));
                    }
                    timings.add(new long[] {t0, System.nanoTime() - t0});
                }
                return timings;
            }));
        }
        Thread.sleep(warm * 1000L);
        CpuMeter cpu = new CpuMeter(engine.handle());
        CpuMeter.Reading before = cpu.read();
        long driverJit = CpuMeter.jitNanos(ProcessHandle.current());
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long end = System.nanoTime();
        CpuMeter.Reading after = cpu.read();
        driverJit = CpuMeter.jitNanos(ProcessHandle.current()) - driverJit;
        stop.set(true);
        List<Long> window = new ArrayList<>();
        for (Future<List<long[]>> f : futures) {
            for (long[] t : f.get()) {
                // requests that both started and ended inside the measured window
                if (t[0] >= start && t[0] + t[1] <= end) {
                    window.add(t[1]);
                }
            }
        }
        pool.shutdown();
        report(String.format("%s %s, %d caller%s", read ? "GetObject" : "PutObject", size, callers, callers == 1 ? "" : "s"),
                body.length, window, (end - start) / 1e9, before, after, driverJit / 1e6);
    }

    private static void report(String label, int size, List<Long> window, double seconds, CpuMeter.Reading before,
            CpuMeter.Reading after, double driverJit) {
        int n = Math.max(1, window.size());
        double mb = n * (double) size / 1e6;
        double engine = (after.engineNanos() - before.engineNanos()) / 1e6;
        double jit = (after.engineJitNanos() - before.engineJitNanos()) / 1e6;
        double driver = (after.driverNanos() - before.driverNanos()) / 1e6;
        String perUnit = size >= 64 * 1024
                ? String.format("CPU per MB: engine %.2f ms (JIT %.2f ms of it), SDK client %.2f ms (JIT %.2f ms of it)",
                        engine / mb, jit / mb, driver / mb, driverJit / mb)
                : String.format("CPU per request: engine %.0f us (JIT %.0f us of it), SDK client %.0f us (JIT %.0f us of it)",
                        engine * 1e3 / n, jit * 1e3 / n, driver * 1e3 / n, driverJit * 1e3 / n);
        System.out.printf("%-26s %7.0f ops/s %7.1f MB/s  %s; %s; load %s%n", label, window.size() / seconds, mb / seconds,
                new Percentiles(window.stream().mapToLong(Long::longValue).toArray()).summary(), perUnit, loadAverage());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static S3Client client(String endpoint, String http) {
        SdkHttpClient client = http.equals("url-connection")
                ? UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build() : SdkHttp.create();
        return SdkHttp.atEngine(S3Client.builder(), endpoint).httpClient(client).build();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }
}
