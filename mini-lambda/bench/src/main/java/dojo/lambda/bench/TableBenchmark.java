package dojo.lambda.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * DynamoDB PutItem and GetItem throughput through the AWS SDK's DynamoDbClient against the engine
 * jar started as its own process. Prints one line per figure.
 *
 * <pre>java [-Dbench.engine.jvm="engine JVM flags"] -cp mini-lambda/bench/target/mini-lambda-bench.jar \
 *     dojo.lambda.bench.TableBenchmark [engine jar] [threads] [ops per thread]</pre>
 */
public final class TableBenchmark {
    private TableBenchmark() {}

    /** Each thread puts an item and reads it back {@code perThread} times; prints the operations per second. */
    private static void run(DynamoDbClient db, int threads, int perThread, String label, ProcessHandle engine) throws Exception {
        java.time.Duration cpuBefore = engine.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        java.util.List<Future<long[]>> results = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String prefix = label + "-" + t + "-";
            results.add(pool.submit(() -> {
                long[] latencies = new long[perThread * 2];
                for (int i = 0; i < perThread; i++) {
                    Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS(prefix + i));
                    String n = Integer.toString(i);
                    long a = System.nanoTime();
                    db.putItem(b -> b.tableName("bench").item(Map.of("id", key.get("id"), "n", AttributeValue.fromN(n),
                            "payload", AttributeValue.fromS("x".repeat(200)))));
                    long b2 = System.nanoTime();
                    db.getItem(b -> b.tableName("bench").key(key));
                    long c = System.nanoTime();
                    latencies[2 * i] = b2 - a;
                    latencies[2 * i + 1] = c - b2;
                }
                return latencies;
            }));
        }
        long[] all = new long[threads * perThread * 2];
        int k = 0;
        for (Future<long[]> f : results) {
            for (long v : f.get()) {
                all[k++] = v;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double cpu = (engine.info().totalCpuDuration().orElse(java.time.Duration.ZERO).toNanos() - cpuBefore.toNanos()) / 1e9;
        System.out.printf("dynamodb %s: %d PutItem + GetItem in %.2f s = %.0f ops/s (engine CPU %.2f s = %.0f ops per engine CPU second), "
                + "latency %s%n", label, all.length, seconds, all.length / seconds, cpu, all.length / cpu, new Percentiles(all).summary());
    }

    public static void main(String[] args) throws Exception {
        String jar = args.length > 0 ? args[0] : "mini-lambda/target/mini-lambda.jar";
        String[] jvm = System.getProperty("bench.engine.jvm", "-XX:+UseParallelGC").split(" ");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int perThread = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        Path data = Files.createTempDirectory("mini-lambda-table-bench");
        Process engine = new ProcessBuilder(java.util.stream.Stream.of(new String[] {"java"}, jvm,
                new String[] {"-jar", jar, "--port", "0", "--data", data.toString()}).flatMap(java.util.Arrays::stream).toList())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(engine.getInputStream(), StandardCharsets.UTF_8));
            String endpoint = null;
            // JVM flags such as a flight recording may print before the engine's first line
            for (int i = 0; i < 20 && endpoint == null; i++) {
                Matcher m = Pattern.compile("(http://[0-9.]+:\\d+)").matcher(String.valueOf(out.readLine()));
                endpoint = m.find() ? m.group(1) : null;
            }
            if (endpoint == null) {
                throw new IllegalStateException("The engine did not print its endpoint; run " + jar + " by hand to see why");
            }
            Thread drain = new Thread(() -> {
                try {
                    engine.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                } catch (java.io.IOException stopped) {
                    // the engine is gone
                }
            });
            drain.setDaemon(true);
            drain.start();
            try (DynamoDbClient db = DynamoDbClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .httpClient(UrlConnectionHttpClient.create()).build()) {
                db.createTable(b -> b.tableName("bench").billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
                System.out.println("mini-lambda table benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, "
                        + threads + " client threads");
                run(db, threads, Math.max(1, perThread / 10), "warm-up", engine.toHandle());
                run(db, threads, perThread, "measured", engine.toHandle());
            }
        } finally {
            engine.destroy();
        }
    }
}
