package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded runtime jar in a real child JVM (no sandbox) against an in-test Runtime API,
 * with the fixture handlers as the function's code in a task root of their own.
 */
class RuntimeProcessIT {
    static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-XX:-UsePerfData");

    @TempDir
    static Path taskRoot;

    private FakeRuntimeApi api;
    private Process process;
    private Path output;
    private long startedNanos;

    @BeforeAll
    static void packageTheFixturesAsAFunction() throws IOException {
        Path fixtures = Files.createDirectories(taskRoot.resolve("fixtures"));
        try (DirectoryStream<Path> compiled = Files.newDirectoryStream(Path.of("target/test-classes/fixtures"))) {
            for (Path file : compiled) {
                Files.copy(file, fixtures.resolve(file.getFileName()));
            }
        }
        // a learner's package bundles aws-lambda-java-events and what it depends on (joda-time)
        Path lib = Files.createDirectories(taskRoot.resolve("lib"));
        for (Class<?> fromJar : List.of(SQSEvent.class, org.joda.time.DateTime.class)) {
            Path jar = Path.of(fromJar.getProtectionDomain().getCodeSource().getLocation().getPath());
            Files.copy(jar, lib.resolve(jar.getFileName()));
        }
    }

    @BeforeEach
    void startApi() throws IOException {
        api = new FakeRuntimeApi();
    }

    @AfterEach
    void stop() throws InterruptedException, IOException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        if (output != null) {
            Files.deleteIfExists(output);
        }
        api.close();
    }

    private void start(String handler, String maxHeap) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.add(maxHeap);
        command.addAll(List.of("-cp", runtimeJar(), "dojo.lambda.runtime.RuntimeMain"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile());
        output = Files.createTempFile("runtime-output", ".log");
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(Map.of("_HANDLER", handler, "AWS_LAMBDA_RUNTIME_API", api.address(),
                "LAMBDA_TASK_ROOT", taskRoot.toString(), "AWS_LAMBDA_FUNCTION_NAME", "dojo-it",
                "AWS_LAMBDA_FUNCTION_VERSION", "$LATEST", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128",
                "AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/dojo-it", "AWS_LAMBDA_LOG_STREAM_NAME", "stream",
                "AWS_REGION", "us-east-1", "AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"));
        env.put("TZ", ":UTC");
        startedNanos = System.nanoTime();
        process = builder.start();
    }

    private void start(String handler) throws IOException {
        start(handler, "-Xmx64m");
    }

    private static String runtimeJar() {
        return Path.of("target/mini-lambda-runtime.jar").toAbsolutePath().toString();
    }

    private FakeRuntimeApi.Post invoke(String requestId, String event) throws InterruptedException {
        api.enqueue(requestId, event);
        return api.awaitPost(20);
    }

    private String log() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private int exitCode() throws InterruptedException {
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("runtime exited").isTrue();
        return process.exitValue();
    }

    @Test
    void reachesTheFirstLongPollQuicklyAndServesStringsWarm() throws Exception {
        start("fixtures.Hello");
        long firstPoll = api.awaitNextCall(20);
        System.out.printf("mini-lambda runtime: process start to first GET next: %.1f ms%n",
                (firstPoll - startedNanos) / 1e6);

        assertThat(invoke("r-1", "\"Ada\"").body()).isEqualTo("\"Hello, Ada\"");
        assertThat(invoke("r-2", "\"Grace\"").body()).isEqualTo("\"Hello, Grace\"");
        assertThat(log()).contains("greeting Ada\n", "greeting Grace\n");
    }

    @Test
    void startsFromAClassDataSharingArchiveBuiltByTheTrainingRun() throws Exception {
        Path archive = taskRoot.resolveSibling("runtime-" + ProcessHandle.current().pid() + ".jsa");
        List<String> training = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        training.addAll(JVM_FLAGS);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-cp", runtimeJar(),
                "dojo.lambda.runtime.RuntimeMain", "--cds-training"));
        Process trainer = new ProcessBuilder(training).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(trainer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(trainer.exitValue()).isZero();
        assertThat(archive).exists();

        start("fixtures.OrderHandler", "-XX:SharedArchiveFile=" + archive);
        long firstPoll = api.awaitNextCall(20);
        System.out.printf("mini-lambda runtime: with the trained archive, process start to first GET next "
                + "for a POJO handler: %.1f ms%n", (firstPoll - startedNanos) / 1e6);
        assertThat(invoke("c-1", "{\"id\":\"o-3\",\"quantity\":1,\"unitPrice\":4}").body())
                .isEqualTo("{\"orderId\":\"o-3\",\"total\":4.0}");
        Files.deleteIfExists(archive);
    }

    @Test
    void servesPojosMapsSqsBatchesAndStreams() throws Exception {
        start("fixtures.OrderHandler");
        assertThat(invoke("p-1", "{\"id\":\"o-1\",\"quantity\":2,\"unitPrice\":1.25}").body())
                .isEqualTo("{\"orderId\":\"o-1\",\"total\":2.5}");
        stop();
        startApi();

        start("fixtures.MapHandler::handle");
        assertThat(invoke("m-1", "{\"x\":1}").body()).isEqualTo("{\"keys\":[\"x\"],\"requestId\":\"m-1\"}");
        stop();
        startApi();

        start("fixtures.SqsBatchHandler");
        assertThat(invoke("s-1", "{\"Records\":[{\"messageId\":\"a\",\"body\":\"bad\"},{\"messageId\":\"b\",\"body\":\"ok\"}]}")
                .body()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"a\"}]}");
        stop();
        startApi();

        start("fixtures.ShoutStream");
        FakeRuntimeApi.Post post = invoke("t-1", "\"quiet\"");
        assertThat(post.body()).isEqualTo("\"QUIET\"");
        assertThat(log()).contains("shouting 7 chars\n");
    }

    @Test
    void postsAHandlerErrorAndKeepsServing() throws Exception {
        start("fixtures.Failing");
        FakeRuntimeApi.Post post = invoke("e-1", "\"o-7\"");

        assertThat(post.path()).isEqualTo("/invocation/e-1/error");
        assertThat(post.errorType()).isEqualTo("Runtime.UserException");
        String expected = "{\"errorMessage\":\"order o-7 is not valid\",\"errorType\":\"java.lang.IllegalStateException\","
                + "\"stackTrace\":[\"fixtures.Failing.check(Failing.java:14)\",\"fixtures.Failing.handleRequest(Failing.java:10)\"]}";
        assertThat(post.body()).isEqualTo(expected);
        assertThat(invoke("e-2", "\"o-8\"").path()).isEqualTo("/invocation/e-2/error");
        assertThat(log()).contains(expected + "\n");
    }

    @Test
    void reportsAnUnknownClassAsAnInitErrorAndExits() throws Exception {
        start("fixtures.Helo");
        FakeRuntimeApi.Post post = api.awaitPost(20);

        assertThat(post.path()).isEqualTo("/init/error");
        assertThat(post.errorType()).isEqualTo("Runtime.BadFunctionCode");
        assertThat(post.body()).startsWith("{\"errorMessage\":\"Class 'fixtures.Helo' not found in " + taskRoot
                + ". Classes found: [fixtures.BrokenStatic, fixtures.ContextProbe, fixtures.Failing,");
        assertThat(post.body()).contains("\"errorType\":\"java.lang.ClassNotFoundException\"");
        assertThat(exitCode()).isEqualTo(1);
    }

    @Test
    void reportsAnUnknownMethodAsAnInitError() throws Exception {
        start("fixtures.Hello::handle");
        FakeRuntimeApi.Post post = api.awaitPost(20);

        assertThat(post.body()).isEqualTo("{\"errorMessage\":\"Method 'handle' not found in class 'fixtures.Hello'. "
                + "Available: [handleRequest, toString]\",\"errorType\":\"java.lang.NoSuchMethodException\",\"stackTrace\":[]}");
        assertThat(exitCode()).isEqualTo(1);
    }

    @Test
    void reportsAFailingStaticInitialiserByItsCause() throws Exception {
        start("fixtures.BrokenStatic");
        FakeRuntimeApi.Post post = api.awaitPost(20);

        assertThat(post.path()).isEqualTo("/init/error");
        assertThat(post.body()).startsWith("{\"errorMessage\":\"For input string: \\\"ten\\\"\","
                + "\"errorType\":\"java.lang.NumberFormatException\",\"stackTrace\":[")
                .endsWith("\"fixtures.BrokenStatic.<clinit>(BrokenStatic.java:8)\"]}");
        assertThat(exitCode()).isEqualTo(1);
    }

    @Test
    void reportsOutOfMemoryAndEndsTheEnvironment() throws Exception {
        start("fixtures.Hungry", "-Xmx24m");
        FakeRuntimeApi.Post post = invoke("o-1", "\"more\"");

        assertThat(post.path()).isEqualTo("/invocation/o-1/error");
        assertThat(post.errorType()).isEqualTo("Runtime.OutOfMemory");
        assertThat(post.body()).isEqualTo("{\"errorMessage\":\"The function ran out of memory "
                + "(java.lang.OutOfMemoryError: Java heap space) with a memory size of 128 MB. Increase the function's "
                + "MemorySize, or keep less data in memory during an invocation (stream large inputs, do not cache events "
                + "in static fields).\",\"errorType\":\"Runtime.OutOfMemory\",\"stackTrace\":[]}");
        assertThat(exitCode()).isEqualTo(2);
    }
}
