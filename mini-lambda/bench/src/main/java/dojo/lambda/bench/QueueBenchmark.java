package dojo.lambda.bench;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The queue's figures, through the AWS SDK against the engine jar run as another process:
 * SendMessage + ReceiveMessage + DeleteMessage round trips per second (one message each, and in
 * batches of ten), and the delay from a message's SentTimestamp to the start of the function an
 * event source mapping invokes with it.
 *
 * <pre>java -cp mini-lambda/bench/target/mini-lambda-bench.jar dojo.lambda.bench.QueueBenchmark [--engine-jar mini-lambda/target/mini-lambda.jar]
 *     [--only single|batch|delivery] [--callers 1,4,8] [--warm-up 120] [--seconds 15] [--client sdk|raw]</pre>
 *
 * <p>{@code --client raw} sends the one-message round trips over a lean keep-alive socket
 * ({@link RawClient}, SigV4 by the SDK's signer) instead of the SDK's SqsClient; with
 * {@code -Dbench.http=url-connection} the SDK client uses the JDK's HttpURLConnection.
 */
public final class QueueBenchmark {
    private QueueBenchmark() {}

    public static void main(String[] args) throws Exception {
        String jar = Options.value(args, "--engine-jar", "mini-lambda/target/mini-lambda.jar");
        String only = Options.value(args, "--only", "all");
        int seconds = Integer.parseInt(Options.value(args, "--seconds", "15"));
        boolean raw = Options.value(args, "--client", "sdk").equals("raw");
        try (EngineProcess engine = new EngineProcess(jar); SqsClient sqs = client(engine.endpoint())) {
            System.out.println("mini-lambda queue benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, engine " + engine.endpoint() + ", SDK HTTP client " + SdkHttp.name());
            String url = sqs.createQueue(b -> b.queueName("bench")).queueUrl();
            // long warm-ups: until both JITs (engine and SDK client) have compiled the request path, CPU per message is
            // mostly the compilers'; on two shared cores that takes well over a minute
            int warm = Integer.parseInt(Options.value(args, "--warm-up", "120"));
            if (only.equals("all") || only.equals("single")) {
                for (String callers : Options.value(args, "--callers", "1,4,8").split(",")) {
                    roundTrips(engine, url, Integer.parseInt(callers), 1, warm, seconds, raw);
                    warm = 5;
                }
            }
            if (only.equals("all") || only.equals("batch")) {
                roundTrips(engine, url, 4, 10, warm, seconds, false);
            }
            if (only.equals("all") || only.equals("delivery")) {
                deliveryLatency(engine.endpoint(), sqs, 300);
            }
        }
    }

    static SqsClient client(String endpoint) {
        return SdkHttp.atEngine(SqsClient.builder(), endpoint).httpClient(SdkHttp.create()).build();
    }

    /** {@code callers} threads each send {@code batch} messages, receive them and delete them, over and over. */
    static void roundTrips(EngineProcess engine, String url, int callers, int batch, int warmSeconds, int seconds, boolean raw)
            throws Exception {
        String endpoint = engine.endpoint();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong messages = new AtomicLong();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            futures.add(pool.submit(() -> {
                List<Long> lat = new ArrayList<>();
                if (raw && batch == 1) {
                    try (RawClient c = new RawClient(endpoint, "sqs")) {
                        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
                        while (!stop.get()) {
                            long t0 = System.nanoTime();
                            messages.addAndGet(rawRoundTrip(c, url, answer));
                            lat.add(System.nanoTime() - t0);
                        }
                    }
                    return lat;
                }
                try (SqsClient c = client(endpoint)) {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        messages.addAndGet(roundTrip(c, url, batch));
                        lat.add(System.nanoTime() - t0);
                    }
                }
                return lat;
            }));
        }
        Window w = Window.measure(engine, messages, warmSeconds, seconds);
        stop.set(true);
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            List<Long> own = f.get();
            // the round trips of the measured window only, roughly: each caller's last ones
            all.addAll(own.subList(Math.max(0, own.size() - (int) (w.done() / Math.max(1, batch) / callers)), own.size()));
        }
        pool.shutdown();
        System.out.printf("SQS send+receive+delete, %s, %d callers, %s: %.0f messages/s (round trip %s); CPU per message: engine %.0f us"
                + " (JIT compiler threads %.0f us of it), driver %.0f us, so %.0f messages/s on %d otherwise idle cores"
                + " without the engine's JIT%n", raw && batch == 1 ? "raw client" : "SDK client", callers,
                batch == 1 ? "one message per call" : "batches of " + batch, w.rate(),
                new Percentiles(all.stream().mapToLong(Long::longValue).toArray()).summary(), w.engineCpu() * 1e6, w.jitCpu() * 1e6,
                w.driverCpu() * 1e6, w.capacity(), Runtime.getRuntime().availableProcessors());
    }

    private static final java.util.regex.Pattern RECEIPT = java.util.regex.Pattern.compile("\"ReceiptHandle\":\"([^\"]+)\"");

    /** SendMessage, ReceiveMessage, DeleteMessage as JSON-protocol requests over {@link RawClient}. */
    private static int rawRoundTrip(RawClient c, String url, java.io.ByteArrayOutputStream answer) throws java.io.IOException {
        String queue = "{\"QueueUrl\":\"" + url + "\"";
        call(c, "SendMessage", queue + ",\"MessageBody\":\"payload\"}", answer);
        call(c, "ReceiveMessage", queue + ",\"MaxNumberOfMessages\":1}", answer);
        java.util.regex.Matcher m = RECEIPT.matcher(answer.toString(StandardCharsets.UTF_8));
        if (!m.find()) {
            return 0;
        }
        call(c, "DeleteMessage", queue + ",\"ReceiptHandle\":\"" + m.group(1) + "\"}", answer);
        return 1;
    }

    private static void call(RawClient c, String op, String body, java.io.ByteArrayOutputStream answer) throws java.io.IOException {
        int status = c.post("/", body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/x-amz-json-1.0",
                "X-Amz-Target", "AmazonSQS." + op), null, answer);
        if (status != 200) {
            throw new IllegalStateException(op + " answered " + status + ": " + answer.toString(StandardCharsets.UTF_8));
        }
    }

    private static int roundTrip(SqsClient c, String url, int batch) {
        if (batch == 1) {
            c.sendMessage(b -> b.queueUrl(url).messageBody("payload"));
        } else {
            c.sendMessageBatch(b -> b.queueUrl(url).entries(java.util.stream.IntStream.range(0, batch)
                    .mapToObj(i -> software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry.builder().id("e" + i)
                            .messageBody("payload").build()).toList()));
        }
        List<Message> got = c.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(batch)).messages();
        if (got.size() == 1) {
            c.deleteMessage(b -> b.queueUrl(url).receiptHandle(got.get(0).receiptHandle()));
        } else if (!got.isEmpty()) {
            c.deleteMessageBatch(b -> b.queueUrl(url).entries(got.stream().map(m -> software.amazon.awssdk.services.sqs.model
                    .DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build()).toList()));
        }
        return got.size();
    }

    /** One message at a time into a queue mapped to {@link LatencyProbe}, which reports SentTimestamp to handler start. */
    static void deliveryLatency(String endpoint, SqsClient sqs, int count) throws Exception {
        String in = sqs.createQueue(b -> b.queueName("latency-in")).queueUrl();
        String replies = sqs.createQueue(b -> b.queueName("latency-out")).queueUrl();
        SignedClient lambda = new SignedClient(endpoint);
        String zip = Base64.getEncoder().encodeToString(probeZip());
        expect(lambda.send("POST", "/2015-03-31/functions", ("{\"FunctionName\":\"probe\",\"Runtime\":\"java17\",\"Handler\":\""
                + LatencyProbe.class.getName() + "::handleRequest\",\"Role\":\"arn:aws:iam::000000000000:role/r\",\"MemorySize\":1024,"
                + "\"Timeout\":30,\"Environment\":{\"Variables\":{\"REPLY_QUEUE\":\"latency-out\"}},\"Code\":{\"ZipFile\":\"" + zip
                + "\"}}").getBytes(StandardCharsets.UTF_8), Map.of()), 201);
        expect(lambda.send("POST", "/2015-03-31/event-source-mappings/", ("{\"FunctionName\":\"probe\",\"EventSourceArn\":"
                + "\"arn:aws:sqs:us-east-1:000000000000:latency-in\",\"BatchSize\":1}").getBytes(StandardCharsets.UTF_8), Map.of()), 202);
        long[] samples = new long[count];
        for (int i = -20; i < count; i++) {
            sqs.sendMessage(b -> b.queueUrl(in).messageBody("ping"));
            Message reply = null;
            while (reply == null) {
                List<Message> got = sqs.receiveMessage(b -> b.queueUrl(replies).waitTimeSeconds(20)).messages();
                reply = got.isEmpty() ? null : got.get(0);
            }
            String handle = reply.receiptHandle();
            sqs.deleteMessage(b -> b.queueUrl(replies).receiptHandle(handle));
            if (i >= 0) {
                samples[i] = Long.parseLong(reply.body().split(" ")[0]) * 1_000_000L;
            }
            Thread.sleep(20);
        }
        System.out.println("queue to function delivery (SentTimestamp to handler start, warm, 1 ms resolution): "
                + new Percentiles(samples).summary());
    }

    private static void expect(HttpResponse<byte[]> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ", got " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    /** The probe's package: this very jar (handler, SDK and events classes) as its library. */
    private static byte[] probeZip() throws Exception {
        Path self = Path.of(QueueBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(self)) {
            throw new IllegalStateException("run QueueBenchmark from the shaded mini-lambda-bench.jar; it ships that jar to the probe function");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("lib/" + self.getFileName()));
            zip.write(Files.readAllBytes(self));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
