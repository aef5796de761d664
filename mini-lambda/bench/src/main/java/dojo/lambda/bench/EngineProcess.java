package dojo.lambda.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The engine jar started as its own process on a free port with a fresh data directory; closing stops it. */
final class EngineProcess implements AutoCloseable {
    private final Process process;
    private final String endpoint;

    EngineProcess(String jar) throws IOException {
        String data = Files.createTempDirectory("mini-lambda-bench").toString();
        this.process = new ProcessBuilder("java", "-XX:+UseParallelGC", "-jar", jar, "--port", "0", "--data", data)
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        Matcher m = Pattern.compile("(http://[0-9.]+:\\d+)").matcher(String.valueOf(first));
        if (!m.find()) {
            process.destroy();
            throw new IllegalStateException("engine did not start: " + first);
        }
        this.endpoint = m.group(1);
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(java.io.Writer.nullWriter());
            } catch (IOException ignored) {
                // the engine stopped
            }
        }, "engine-output");
        drain.setDaemon(true);
        drain.start();
    }

    String endpoint() {
        return endpoint;
    }

    /** CPU seconds the engine process has used so far (all its threads). */
    double cpuSeconds() {
        return process.info().totalCpuDuration().orElse(java.time.Duration.ZERO).toNanos() / 1e9;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
