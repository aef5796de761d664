package dojo.lambda.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.invoke.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real sandboxed environments running a shell bootstrap that speaks the Runtime API with curl. */
class ExecutionEnvironmentIT {
    @TempDir
    Path tmp;

    EnvironmentHost host;
    final List<String> lines = new CopyOnWriteArrayList<>();

    @BeforeEach
    void host() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Path runtime = Files.createDirectories(tmp.resolve("runtime"));
        Path etc = SandboxEtc.write(tmp.resolve("etc"));
        host = new EnvironmentHost(run, runtime, etc, true, Cgroups.detect(), 1024 * 1024, 1024, null, null, null);
    }

    private Path code(String handlerScript) throws IOException {
        Path code = Files.createDirectories(tmp.resolve("code" + System.nanoTime()));
        Files.setPosixFilePermissions(code, PosixFilePermissions.fromString("rwxr-xr-x"));
        String bootstrap = "#!/bin/sh\nset -eu\nAPI=http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime\n"
                + "while true; do\n"
                + "  HEADERS=$(mktemp)\n"
                + "  EVENT=$(curl -sS -LD \"$HEADERS\" \"$API/invocation/next\")\n"
                + "  ID=$(grep -Fi Lambda-Runtime-Aws-Request-Id \"$HEADERS\" | tr -d '[:space:]' | cut -d: -f2)\n"
                + handlerScript
                + "done\n";
        Path b = code.resolve("bootstrap");
        Files.writeString(b, bootstrap);
        Files.setPosixFilePermissions(b, PosixFilePermissions.fromString("rwxr-xr-x"));
        return code;
    }

    private ExecutionEnvironment start(Path code, int memoryMb) throws IOException {
        EnvironmentSpec spec = new EnvironmentSpec("acct/fn", Path.of(System.getProperty("java.home")), code, memoryMb, 512,
                List.of("/var/task/bootstrap"), Map.of("PATH", "/usr/bin:/bin"));
        return ExecutionEnvironment.start(host, spec, (id, line) -> lines.add(id + "|" + line), InstantSource.system(),
                "2026/11/23/[$LATEST]abc");
    }

    private static RuntimeEvent event(String id, String payload) {
        return new RuntimeEvent(id, System.currentTimeMillis() + 3000, "arn:aws:lambda:us-east-1:000000000000:function:fn",
                "Root=1-abc", null, null, payload.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shellBootstrapAnswersTwoInvocationsInOneWarmEnvironment() throws IOException {
        ExecutionEnvironment env = start(code("  echo \"got $EVENT\"\n"
                + "  curl -sS -X POST \"$API/invocation/$ID/response\" -d \"{\\\"echo\\\":$EVENT}\" >/dev/null\n"), 256);
        try {
            assertThat(env.isFrozen()).isEqualTo(host.cgroups() != null);
            Attempt first = env.invoke(event("req-1", "1"), 3000);
            Attempt second = env.invoke(event("req-2", "2"), 3000);
            assertThat(first.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(new String(first.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"echo\":1}");
            assertThat(new String(second.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"echo\":2}");
            assertThat(lines).contains("req-1|got 1", "req-2|got 2");
            assertThat(env.maxMemoryUsedMb()).isPositive();
        } finally {
            env.destroy();
        }
    }

    @Test
    void handlerSleepingPastDeadlineReportsTimeoutAndLosesTheEnvironment() throws IOException {
        ExecutionEnvironment env = start(code("  sleep 30\n"), 128);
        Attempt a = env.invoke(event("req-t", "{}"), 1000);
        assertThat(a.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(new String(a.payload(), StandardCharsets.UTF_8)).contains("req-t Task timed out after 1.00 seconds");
        assertThat(env.isDead()).isTrue();
    }

    @Test
    void bootstrapThatExitsReportsRuntimeExitError() throws IOException {
        ExecutionEnvironment env = start(code("  exit 3\n"), 128);
        Attempt a = env.invoke(event("req-x", "{}"), 3000);
        assertThat(a.outcome()).isEqualTo(Outcome.FUNCTION_ERROR);
        assertThat(a.errorType()).isEqualTo("Runtime.ExitError");
        assertThat(new String(a.payload(), StandardCharsets.UTF_8)).contains("Runtime exited with error: exit status 3");
    }

    @Test
    void sandboxHidesHostFilesAndNetwork() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "top secret");
        ExecutionEnvironment env = start(code("  set +e; R=$(cat " + secret + " /etc/shadow 2>&1; id -u; "
                + "curl -s -m 1 http://127.0.0.1:22 >/dev/null 2>&1 && echo reached || echo unreachable; "
                + "ls /var/task; touch /var/task/x 2>&1)\n"
                + "  echo \"$R\"\n"
                + "  curl -sS -X POST \"$API/invocation/$ID/response\" -d '\"ok\"' >/dev/null\n"), 256);
        try {
            Attempt a = env.invoke(event("req-s", "{}"), 5000);
            assertThat(a.outcome()).isEqualTo(Outcome.SUCCESS);
            String out = String.join("\n", lines);
            assertThat(out).doesNotContain("top secret").contains("No such file or directory").contains("65534")
                    .contains("unreachable")
                    .containsPattern("touch: cannot touch '/var/task/x': (Read-only file system|Permission denied)");
        } finally {
            env.destroy();
        }
    }

    @Test
    void initThatNeverAsksForWorkIsCutAfterTheInitLimit() throws IOException {
        Path code = Files.createDirectories(tmp.resolve("hang"));
        Files.setPosixFilePermissions(code, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path b = Files.writeString(code.resolve("bootstrap"), "#!/bin/sh\nwhile true; do :; done\n");
        Files.setPosixFilePermissions(b, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThatThrownBy(() -> start(code, 128))
                .isInstanceOfSatisfying(ExecutionEnvironment.InitFailed.class,
                        f -> assertThat(f.errorType()).isEqualTo("Runtime.InitTimeout"));
    }
}
