package dojo.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The engine's settings, read once from flags (see {@link #usage()}) and passed to
 * {@link Engine#start}.
 *
 * @param port the HTTP port on 127.0.0.1; 0 picks a free one
 * @param unsafeNoSandbox run environments without bubblewrap (loudly warned about)
 * @param defaultAccount create account 000000000000 with access key test / secret test
 * @param asyncRetryDelays waits before the two retries of a failed asynchronous invocation
 */
public record EngineConfig(
        String host,
        int port,
        Path dataDir,
        Duration idleTimeout,
        int accountConcurrency,
        boolean unsafeNoSandbox,
        boolean defaultAccount,
        List<Duration> asyncRetryDelays,
        Duration maxEventAge,
        long maxLogBytesPerInvocation) {

    public EngineConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        asyncRetryDelays = List.copyOf(asyncRetryDelays);
        Objects.requireNonNull(maxEventAge, "maxEventAge");
    }

    public static EngineConfig defaults(Path dataDir) {
        return new EngineConfig("127.0.0.1", 9000, dataDir, Duration.ofMinutes(10), 1000, false, true,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(2)), Duration.ofHours(6), 10L * 1024 * 1024);
    }

    public EngineConfig withPort(int p) {
        return new EngineConfig(host, p, dataDir, idleTimeout, accountConcurrency, unsafeNoSandbox, defaultAccount,
                asyncRetryDelays, maxEventAge, maxLogBytesPerInvocation);
    }

    public EngineConfig withIdleTimeout(Duration d) {
        return new EngineConfig(host, port, dataDir, d, accountConcurrency, unsafeNoSandbox, defaultAccount,
                asyncRetryDelays, maxEventAge, maxLogBytesPerInvocation);
    }

    public EngineConfig withAccountConcurrency(int n) {
        return new EngineConfig(host, port, dataDir, idleTimeout, n, unsafeNoSandbox, defaultAccount, asyncRetryDelays,
                maxEventAge, maxLogBytesPerInvocation);
    }

    public EngineConfig withAsyncRetryDelays(List<Duration> delays) {
        return new EngineConfig(host, port, dataDir, idleTimeout, accountConcurrency, unsafeNoSandbox, defaultAccount,
                delays, maxEventAge, maxLogBytesPerInvocation);
    }

    public EngineConfig withUnsafeNoSandbox(boolean unsafe) {
        return new EngineConfig(host, port, dataDir, idleTimeout, accountConcurrency, unsafe, defaultAccount,
                asyncRetryDelays, maxEventAge, maxLogBytesPerInvocation);
    }

    public EngineConfig withDefaultAccount(boolean yes) {
        return new EngineConfig(host, port, dataDir, idleTimeout, accountConcurrency, unsafeNoSandbox, yes,
                asyncRetryDelays, maxEventAge, maxLogBytesPerInvocation);
    }

    static String usage() {
        return String.join("\n",
                "Usage: java -jar mini-lambda.jar [options]",
                "       java -jar mini-lambda.jar account create --data DIR",
                "",
                "Serves the mini-lambda engine's AWS Lambda API on 127.0.0.1.",
                "",
                "Options:",
                "  --port N                   HTTP port on 127.0.0.1 (default 9000; 0 = any free port)",
                "  --data DIR                 where functions, code, logs, usage and accounts are kept (required)",
                "  --idle-timeout DURATION    reap an idle execution environment after this long (default 10m; e.g. 30s, 5m)",
                "  --account-concurrency N    concurrent executions per account (default 1000)",
                "  --async-retry-delays D,D   waits before the 2 retries of a failed async invocation (default 1m,2m)",
                "  --max-event-age DURATION   drop async events older than this (default 6h)",
                "  --no-default-account       refuse the public keys test / test of account 000000000000",
                "  --unsafe-no-sandbox        run environments without bubblewrap: learner code can read your files",
                "  --help                     print this help",
                "",
                "Commands:",
                "  account create --data DIR  create an account and print {\"accountId\",\"accessKeyId\",\"secretAccessKey\"}");
    }
}
