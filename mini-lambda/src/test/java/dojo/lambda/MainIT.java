package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged engine jar, run as a user runs it. */
class MainIT {
    private static final Path JAR = Path.of("target/mini-lambda.jar");

    @TempDir
    Path data;

    private static Process java(Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        return pb.start();
    }

    private static String run(Map<String, String> env, String... args) throws Exception {
        Process p = java(env, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() + " " + out;
    }

    @Test
    void firstLineSaysWhereTheEngineListens() throws Exception {
        Process p = java(Map.of(), "--port", "0", "--data", data.toString());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).matches("mini-lambda listening on http://127\\.0\\.0\\.1:\\d+ \\(AWS Lambda API; data in .*\\)");
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void helpListsEveryOption() throws Exception {
        String out = run(Map.of(), "--help");
        assertThat(out).startsWith("0 ").contains("--port").contains("--data").contains("--idle-timeout")
                .contains("--account-concurrency").contains("--no-default-account").contains("--unsafe-no-sandbox")
                .contains("account create --data DIR");
    }

    @Test
    void accountCreatePrintsANewAccountAsJson() throws Exception {
        String out = run(Map.of(), "account", "create", "--data", data.toString());
        assertThat(out).matches("(?s)0 \\{\"accountId\":\"\\d{12}\",\"accessKeyId\":\"AKIA[A-Z2-7]{16}\",\"secretAccessKey\":\"\\S{40}\"}\\s.*");
    }

    @Test
    void badUsageSaysWhatToDo() throws Exception {
        assertThat(run(Map.of(), "--port", "9000")).startsWith("2 ").contains("--data DIR is required");
        assertThat(run(Map.of(), "--data", data.toString(), "--frobnicate")).startsWith("2 ").contains("Unknown option '--frobnicate'");
        assertThat(run(Map.of(), "--data", data.toString(), "--idle-timeout", "soon")).startsWith("2 ").contains("30s");
    }

    @Test
    void withoutSandboxToolsTheEngineRefusesToStart() throws Exception {
        String out = run(Map.of("PATH", "/nonexistent"), "--port", "0", "--data", data.toString());
        assertThat(out).startsWith("1 ").contains("apt-get install");
    }
}
