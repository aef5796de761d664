package dojo.lambda.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Load driver for the engine, run as its own process against the engine jar started as another:
 * warm invoke latency and throughput through the HTTP Invoke API, cold start latency per runtime,
 * and the memory of an idle warm environment. Prints one line per figure.
 *
 * <pre>java -jar mini-lambda/bench/target/mini-lambda-bench.jar [--engine-jar mini-lambda/target/mini-lambda.jar]
 *     [--parts warm,throughput,cold17,cold25,memory] [--client sdk|raw] [--engine-opts "-XX:StartFlightRecording=..."]</pre>
 *
 * <pre>java -jar mini-lambda-bench.jar --endpoint http://127.0.0.1:3002 --function NAME [--cold-prefix PREFIX --cold-count N]
 *     [--server-pid PID] [--client sdk|raw]</pre>
 * drives an already running Lambda Invoke API instead (serverless-offline, say) with the same
 * calls: warm latency and throughput of function {@code NAME}, and as cold starts the first
 * invocation of each of {@code PREFIX0} .. {@code PREFIX<N-1>}, which must exist and not have run
 * yet; CPU per invocation when the server's process id is given. See compare-serverless-offline.sh.
 *
 * {@code --client sdk} (the default) calls with the JDK's HttpClient and the AWS SDK's signer per
 * request; {@code --client raw} with a lean socket client (signed by the same signer, once a second)
 * that leaves more of the shared cores to the engine.
 *
 * Warm figures come with the CPU time per invocation of the engine, of the environments and of
 * this driver, read from /proc: on a shared machine they vary less than wall-clock latency.
 */
public final class EngineBenchmark {
    private EngineBenchmark() {}

    public static void main(String[] args) throws Exception {
        String jar = "mini-lambda/target/mini-lambda.jar";
        String parts = "warm,throughput,cold17,cold25,memory";
        List<String> command = new ArrayList<>(List.of("java", "-XX:+UseParallelGC"));
        String endpoint = null;
        String coldPrefix = null;
        int coldCount = 20;
        ProcessHandle server = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--endpoint" -> endpoint = args[++i];
                case "--function" -> function = args[++i];
                case "--cold-prefix" -> coldPrefix = args[++i];
                case "--cold-count" -> coldCount = Integer.parseInt(args[++i]);
                case "--server-pid" -> server = ProcessHandle.of(Long.parseLong(args[++i])).orElseThrow(() ->
                        new IllegalArgumentException("Expected --server-pid to name a running process, found none with that id"));
                case "--engine-jar" -> jar = args[++i];
                case "--parts" -> parts = args[++i];
                case "--client" -> rawClient = args[++i].equals("raw");
                case "--engine-opts" -> command.addAll(List.of(args[++i].trim().split("\\s+")));
                default -> {
                    System.err.println("Expected --engine-jar <jar>, --parts <warm,throughput,cold17,cold25,memory>, --client <sdk|raw>, "
                            + "--engine-opts \"<JVM options>\" or --endpoint <url> --function <name> [--cold-prefix <prefix> --cold-count <n>]"
                            + " [--server-pid <pid>], found " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (endpoint != null) {
            OtherEndpoint.run(new SignedClient(endpoint), server == null ? null : new CpuMeter(server), coldPrefix, coldCount);
            return;
        }
        Path data = Files.createTempDirectory("mini-lambda-bench");
        command.addAll(List.of("-jar", jar, "--port", "0", "--data", data.toString()));
        Process engine = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> selected = List.of(parts.split(","));
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(engine.getInputStream(), StandardCharsets.UTF_8));
            Pattern address = Pattern.compile("(http://[0-9.]+:\\d+)");
            String first = out.readLine();
            Matcher m = address.matcher(String.valueOf(first));
            boolean found = m.find();
            // JVM options (a flight recording) may print a line or two before the engine's own
            for (int skipped = 0; first != null && !found && skipped < 10; skipped++) {
                first = out.readLine();
                m = address.matcher(String.valueOf(first));
                found = m.find();
            }
            if (!found) {
                throw new IllegalStateException("engine did not start: " + first);
            }
            drain(out);
            SignedClient client = new SignedClient(m.group(1));
            System.out.println("mini-lambda benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, engine " + m.group(1));
            // one full vCPU (1,769 MB), so the figures are the engine's and not the CPU share of a small function
            create(client, "noop", "java17", Integer.getInteger("bench.memory", 1769));
            CpuMeter cpu = new CpuMeter(engine.toHandle());
            if (selected.contains("warm")) {
                warm(client, cpu);
            }
            if (selected.contains("throughput")) {
                throughput(client, 4, 10, cpu);
            }
            if (selected.contains("cold17")) {
                cold(client, "java17", 20);
            }
            if (selected.contains("cold25")) {
                cold(client, "java25", 20);
            }
            if (selected.contains("memory")) {
                idleMemory();
            }
        } finally {
            engine.destroy();
            engine.waitFor();
        }
    }

    static void create(SignedClient client, String name, String runtime, int memory) throws Exception {
        String body = "{\"FunctionName\":\"" + name + "\",\"Runtime\":\"" + runtime + "\",\"Handler\":\"" + NoOp.class.getName()
                + "::handleRequest\",\"Role\":\"arn:aws:iam::000000000000:role/r\",\"MemorySize\":" + memory
                + ",\"Timeout\":10,\"Code\":{\"ZipFile\":\"" + Base64.getEncoder().encodeToString(noOpZip()) + "\"}}";
        HttpResponse<byte[]> r = client.send("POST", "/2015-03-31/functions", body.getBytes(StandardCharsets.UTF_8), Map.of());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("CreateFunction " + name + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
    }

    /** The SDK's signer and the JDK's HttpClient; {@code --client raw} makes the warm figures use {@link RawClient}. */
    static boolean rawClient;
    /** The function the warm figures invoke: the benchmark's own, or {@code --function} on another endpoint. */
    static String function = "noop";
    private static final ThreadLocal<RawClient> RAW = new ThreadLocal<>();

    static long invoke(SignedClient client, String name) throws Exception {
        if (rawClient) {
            RawClient raw = RAW.get();
            if (raw == null) {
                raw = new RawClient(client.endpoint());
                RAW.set(raw);
            }
            String[] error = new String[1];
            long t0 = System.nanoTime();
            int status = raw.post("/2015-03-31/functions/" + name + "/invocations", "{}".getBytes(StandardCharsets.UTF_8), error);
            long t = System.nanoTime() - t0;
            if (status != 200 || error[0] != null) {
                throw new IllegalStateException("Invoke " + name + " answered " + status + " " + error[0]);
            }
            return t;
        }
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = client.send("POST", "/2015-03-31/functions/" + name + "/invocations", "{}".getBytes(StandardCharsets.UTF_8), Map.of());
        long t = System.nanoTime() - t0;
        if (r.statusCode() != 200 || r.headers().firstValue("X-Amz-Function-Error").isPresent()) {
            throw new IllegalStateException("Invoke " + name + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return t;
    }

    static void warm(SignedClient client, CpuMeter cpu) throws Exception {
        // until the engine's JIT has settled: its compiler threads otherwise add to the CPU measured
        long warmUntil = System.nanoTime() + Long.getLong("bench.warmupSeconds", 20) * 1_000_000_000L;
        for (int i = 0; i < 2000 || System.nanoTime() < warmUntil; i++) {
            invoke(client, function);
        }
        long[] samples = new long[3000];
        CpuMeter.Reading before = cpu == null ? null : cpu.read();
        for (int i = 0; i < samples.length; i++) {
            samples[i] = invoke(client, function);
        }
        System.out.println("warm invoke (" + (rawClient ? "raw" : "sdk") + " client), 1 caller, "
                + (function.equals("noop") ? "java17 " + Integer.getInteger("bench.memory", 1769) + " MB" : function) + ": "
                + new Percentiles(samples).summary() + (cpu == null ? "" : "; " + cpu.read().perInvocation(before, samples.length)));
    }

    static void throughput(SignedClient client, int callers, int seconds, CpuMeter cpu) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong count = new AtomicLong();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            SignedClient own = new SignedClient(clientEndpoint(client));
            futures.add(pool.submit(() -> {
                List<Long> lat = new ArrayList<>();
                while (!stop.get()) {
                    lat.add(invoke(own, function));
                    count.incrementAndGet();
                }
                return lat;
            }));
        }
        // the callers' environments start cold, and the engine's JIT meets the concurrent path anew
        Thread.sleep(Long.getLong("bench.throughputWarmupSeconds", 15) * 1000L);
        CpuMeter.Reading before = cpu == null ? null : cpu.read();
        long start = count.get();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long done = count.get() - start;
        CpuMeter.Reading after = cpu == null ? null : cpu.read();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        long[] samples = all.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("warm throughput (" + (rawClient ? "raw" : "sdk") + " client), %d callers: %.0f invocations/s (%s); %s%n", callers, done / elapsed,
                new Percentiles(samples).summary(), after == null ? "no CPU figures without --server-pid" : after.perInvocation(before, done));
    }

    static void cold(SignedClient client, String runtime, int n) throws Exception {
        long[] samples = new long[n];
        for (int i = 0; i < n; i++) {
            String name = "cold-" + runtime + "-" + i;
            create(client, name, runtime, 512);
            samples[i] = invoke(client, name);
        }
        System.out.println("cold start (request to response, new sandboxed environment), " + runtime + " 512 MB: "
                + new Percentiles(samples).summary());
    }

    static void idleMemory() throws IOException {
        long total = 0;
        int envs = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    if (cmd.contains("dojo.lambda.runtime.RuntimeMain") && cmd.startsWith("/")) {
                        for (String line : Files.readAllLines(p.resolve("status"))) {
                            if (line.startsWith("VmRSS:")) {
                                total += Long.parseLong(line.replaceAll("\\D", ""));
                                envs++;
                            }
                        }
                    }
                } catch (IOException | RuntimeException ignored) {
                    // a process that ended while we looked
                }
            }
        }
        if (envs > 0) {
            System.out.printf("idle warm environment memory: %.1f MB RSS per runtime JVM (average over %d frozen environments)%n",
                    total / 1024.0 / envs, envs);
        }
    }

    private static String clientEndpoint(SignedClient client) {
        return client.endpoint();
    }

    static byte[] noOpZip() throws IOException {
        String entry = NoOp.class.getName().replace('.', '/') + ".class";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); InputStream in = NoOp.class.getResourceAsStream("/" + entry)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(in.readAllBytes());
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void drain(BufferedReader in) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(java.io.Writer.nullWriter());
            } catch (IOException ignored) {
                // engine stopped
            }
        }, "engine-output");
        t.setDaemon(true);
        t.start();
    }
}
