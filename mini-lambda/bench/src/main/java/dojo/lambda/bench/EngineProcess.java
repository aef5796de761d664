package dojo.lambda.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The engine jar started as its own process on a free port with a fresh data directory; closing stops it and deletes the directory. */
final class EngineProcess implements AutoCloseable {
    private final Process process;
    private final String endpoint;
    private final java.nio.file.Path data;

    EngineProcess(String jar) throws IOException {
        this.data = Files.createTempDirectory("mini-lambda-bench");
        List<String> command = new ArrayList<>(List.of("java", "-XX:+UseParallelGC"));
        // e.g. -Dbench.engineJvm=-XX:StartFlightRecording=filename=engine.jfr to profile the engine under load
        String extra = System.getProperty("bench.engineJvm", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar, "--port", "0", "--data", data.toString()));
        this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // the first line naming the endpoint; JVM options such as JFR may print lines of their own before it
        Pattern endpointPattern = Pattern.compile("(http://[0-9.]+:\\d+)");
        String line = out.readLine();
        Matcher m = endpointPattern.matcher(String.valueOf(line));
        for (int i = 0; i < 5 && line != null && !m.find(); i++) {
            line = out.readLine();
            m = endpointPattern.matcher(String.valueOf(line));
        }
        if (line == null || !m.reset().find()) {
            process.destroy();
            throw new IllegalStateException("engine did not start: " + line);
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

    ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.destroy();
        process.waitFor();
        // a run leaves up to a few hundred MB of objects, queues and tables behind
        try (var files = Files.walk(data)) {
            for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
