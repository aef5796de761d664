package dojo.lambda.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * DynamoDB PutItem and GetItem throughput through the AWS SDK's DynamoDbClient against the engine
 * jar run as another process: each caller puts an item and reads it back, over and over. The
 * rate is measured after a warm-up at full concurrency (until then CPU per operation is mostly
 * the engine's JIT compiler), with the engine's and the SDK client's CPU per operation.
 *
 * <pre>java [-Dbench.engineJvm="engine JVM flags"] [-Dbench.http=apache|url-connection] -cp mini-lambda/bench/target/mini-lambda-bench.jar dojo.lambda.bench.TableBenchmark
 *     [--engine-jar mini-lambda/target/mini-lambda.jar] [--callers 8] [--warm-up 120] [--seconds 15] [--client sdk|raw]</pre>
 *
 * <p>{@code --client raw} sends the same calls over a lean keep-alive socket ({@link RawClient}),
 * each signed with the SDK's SigV4 signer, so that the driver takes less of the two shared cores.
 */
public final class TableBenchmark {
    private TableBenchmark() {}

    public static void main(String[] args) throws Exception {
        String jar = Options.value(args, "--engine-jar", "mini-lambda/target/mini-lambda.jar");
        int warm = Integer.parseInt(Options.value(args, "--warm-up", "120"));
        int seconds = Integer.parseInt(Options.value(args, "--seconds", "15"));
        boolean raw = Options.value(args, "--client", "sdk").equals("raw");
        try (EngineProcess engine = new EngineProcess(jar); DynamoDbClient db = client(engine.endpoint())) {
            System.out.println("mini-lambda table benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, engine "
                    + engine.endpoint() + ", client " + (raw ? "raw (lean keep-alive socket, SDK's SigV4 signer)" : "AWS SDK DynamoDbClient over "
                    + SdkHttp.name()));
            db.createTable(b -> b.tableName("bench").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
            for (String callers : Options.value(args, "--callers", "8").split(",")) {
                putAndGet(engine, Integer.parseInt(callers), warm, seconds, raw);
                warm = 5;
            }
        }
    }

    static DynamoDbClient client(String endpoint) {
        return SdkHttp.atEngine(DynamoDbClient.builder(), endpoint).httpClient(SdkHttp.create()).build();
    }

    /** {@code callers} threads, each with its own client, put an item of ~220 bytes and get it back. */
    private static void putAndGet(EngineProcess engine, int callers, int warmSeconds, int seconds, boolean raw) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong operations = new AtomicLong();
        List<Future<List<Long>>> futures = new ArrayList<>();
        String payload = "x".repeat(200);
        for (int t = 0; t < callers; t++) {
            String prefix = "caller-" + callers + "-" + t + "-";
            futures.add(pool.submit(() -> raw ? rawCaller(engine.endpoint(), prefix, payload, stop, operations)
                    : sdkCaller(engine.endpoint(), prefix, payload, stop, operations)));
        }
        Window w = Window.measure(engine, operations, warmSeconds, seconds);
        stop.set(true);
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            List<Long> own = f.get();
            // each caller's last operations: roughly the measured window
            all.addAll(own.subList(Math.max(0, own.size() - (int) (w.done() / callers)), own.size()));
        }
        pool.shutdown();
        System.out.printf("DynamoDB PutItem + GetItem, %s, %d callers: %.0f operations/s (latency %s); CPU per operation: engine %.0f us"
                + " (JIT compiler threads %.0f us of it), driver %.0f us, so %.0f operations/s on %d otherwise idle cores"
                + " without the engine's JIT%n", raw ? "raw client" : "SDK client", callers, w.rate(),
                new Percentiles(all.stream().mapToLong(Long::longValue).toArray()).summary(),
                w.engineCpu() * 1e6, w.jitCpu() * 1e6, w.driverCpu() * 1e6, w.capacity(), Runtime.getRuntime().availableProcessors());
    }

    private static List<Long> sdkCaller(String endpoint, String prefix, String payload, AtomicBoolean stop, AtomicLong operations) {
        List<Long> latencies = new ArrayList<>();
        try (DynamoDbClient db = client(endpoint)) {
            for (int i = 0; !stop.get(); i++) {
                Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS(prefix + i));
                String n = Integer.toString(i);
                long a = System.nanoTime();
                db.putItem(b -> b.tableName("bench").item(Map.of("id", key.get("id"), "n", AttributeValue.fromN(n),
                        "payload", AttributeValue.fromS(payload))));
                long b2 = System.nanoTime();
                if (!db.getItem(b -> b.tableName("bench").key(key)).hasItem()) {
                    throw new IllegalStateException("GetItem did not find the item just put: " + key);
                }
                long c = System.nanoTime();
                latencies.add(b2 - a);
                latencies.add(c - b2);
                operations.addAndGet(2);
            }
        }
        return latencies;
    }

    /** The same calls as {@link #sdkCaller}, as JSON-protocol requests over {@link RawClient}, each signed anew. */
    private static List<Long> rawCaller(String endpoint, String prefix, String payload, AtomicBoolean stop, AtomicLong operations)
            throws java.io.IOException {
        List<Long> latencies = new ArrayList<>();
        Map<String, String> put = Map.of("Content-Type", "application/x-amz-json-1.0", "X-Amz-Target", "DynamoDB_20120810.PutItem");
        Map<String, String> get = Map.of("Content-Type", "application/x-amz-json-1.0", "X-Amz-Target", "DynamoDB_20120810.GetItem");
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        try (RawClient db = new RawClient(endpoint, "dynamodb")) {
            for (int i = 0; !stop.get(); i++) {
                String id = "{\"S\":\"" + prefix + i + "\"}";
                byte[] item = ("{\"TableName\":\"bench\",\"Item\":{\"id\":" + id + ",\"n\":{\"N\":\"" + i + "\"},\"payload\":{\"S\":\""
                        + payload + "\"}}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                byte[] key = ("{\"TableName\":\"bench\",\"Key\":{\"id\":" + id + "}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                long a = System.nanoTime();
                expect(db.post("/", item, put, null, answer), answer, "PutItem");
                long b2 = System.nanoTime();
                expect(db.post("/", key, get, null, answer), answer, "GetItem");
                if (answer.toString(java.nio.charset.StandardCharsets.UTF_8).indexOf("\"Item\"") < 0) {
                    throw new IllegalStateException("GetItem did not find the item just put: " + id);
                }
                long c = System.nanoTime();
                latencies.add(b2 - a);
                latencies.add(c - b2);
                operations.addAndGet(2);
            }
        }
        return latencies;
    }

    private static void expect(int status, java.io.ByteArrayOutputStream answer, String op) {
        if (status != 200) {
            throw new IllegalStateException(op + " answered " + status + ": " + answer.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
