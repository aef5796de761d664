package dojo.lambda.invoke;

import dojo.lambda.account.AccountStore;
import dojo.lambda.account.SessionCredentials;
import dojo.lambda.billing.BillingMeter;
import dojo.lambda.billing.UsageRecord;
import dojo.lambda.concurrency.ConcurrencyLimiter;
import dojo.lambda.env.EnvironmentPool;
import dojo.lambda.env.EnvironmentSpec;
import dojo.lambda.env.LogSink;
import dojo.lambda.env.PoolResult;
import dojo.lambda.env.RuntimeEvent;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.function.FunctionConfig;
import dojo.lambda.function.FunctionRegistry;
import dojo.lambda.function.InstalledRuntime;
import dojo.lambda.function.RuntimeCatalog;
import dojo.lambda.logs.LogFormat;
import dojo.lambda.logs.LogStore;
import dojo.lambda.logs.ReportLine;
import java.time.InstantSource;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one synchronous invocation end to end: concurrency slot, a warm or new environment, the
 * CloudWatch-format log lines around it, the usage record, and the result. Thread-safe.
 */
public final class Invoker {
    private final FunctionRegistry functions;
    private final RuntimeCatalog runtimes;
    private final AccountStore accounts;
    private final EnvironmentPool pool;
    private final ConcurrencyLimiter limiter;
    private final LogStore logs;
    private final BillingMeter billing;
    private final InstantSource clock;
    private final String runtimeJar;
    private final dojo.lambda.env.StartupArchives archives;
    private final Map<String, SessionCredentials> credentials = new ConcurrentHashMap<>();

    public Invoker(FunctionRegistry functions, RuntimeCatalog runtimes, AccountStore accounts, EnvironmentPool pool,
            ConcurrencyLimiter limiter, LogStore logs, BillingMeter billing, InstantSource clock, String runtimeJar,
            dojo.lambda.env.StartupArchives archives) {
        this.functions = functions;
        this.runtimes = runtimes;
        this.accounts = accounts;
        this.pool = pool;
        this.limiter = limiter;
        this.logs = logs;
        this.billing = billing;
        this.clock = clock;
        this.runtimeJar = runtimeJar;
        this.archives = archives;
    }

    /** Invokes and waits; throttling throws TooManyRequestsException (429). */
    public InvokeResult invoke(DeployedFunction fn, byte[] payload, String clientContext, boolean tailLog) {
        return invoke(fn, payload, clientContext, tailLog, null);
    }

    /**
     * Invokes and waits with the X-Ray trace header the runtime hands the handler
     * ({@code Lambda-Runtime-Trace-Id}); null starts a new trace. Event sources pass the caller's
     * trace on, so its {@code Lineage} lets them notice a function that triggers itself.
     */
    public InvokeResult invoke(DeployedFunction fn, byte[] payload, String clientContext, boolean tailLog, String traceId) {
        FunctionConfig c = fn.config();
        String requestId = UUID.randomUUID().toString();
        try (ConcurrencyLimiter.Slot slot = limiter.acquire(c.accountId(), c.name(), fn.reservedConcurrency(),
                limiter.accountLimit() - functions.unreservedConcurrency(c.accountId()))) {
            return run(fn, requestId, payload, clientContext, tailLog, traceId == null ? traceId() : traceId);
        }
    }

    private InvokeResult run(DeployedFunction fn, String requestId, byte[] payload, String clientContext, boolean tailLog,
            String traceId) {
        FunctionConfig c = fn.config();
        long deadline = clock.millis() + c.timeoutSeconds() * 1000L;
        RuntimeEvent event = new RuntimeEvent(requestId, deadline, c.arn(), traceId, clientContext, null, payload);
        AtomicBoolean initPhase = new AtomicBoolean(true);
        // a warm invocation needs only the key; the spec and stream are for a new environment
        EnvironmentPool.ColdStart cold = new EnvironmentPool.ColdStart(() -> LogFormat.newStreamName(clock.instant()),
                stream -> launch(fn, runtimes.require(c.runtime()), stream, false));
        PoolResult r = pool.invoke(RuntimeLaunch.functionKey(c), cold, s -> initSink(c, s, requestId, initPhase), event,
                c.timeoutSeconds() * 1000L, s -> {
                    initPhase.set(false);
                    logs.append(c.accountId(), c.name(), s, requestId, clock.instant(), LogFormat.start(requestId));
                });
        String s = r.logStream();
        if (r.attempt().outcome() == Outcome.INIT_ERROR) {
            logs.append(c.accountId(), c.name(), s, requestId, clock.instant(), LogFormat.start(requestId));
        }
        UsageRecord usage = billing.record(c.accountId(), c.name(), requestId, r.attempt().durationMs(), r.initDurationMs(),
                c.memoryMb(), c.architecture(), r.attempt().outcome().name());
        if (r.attempt().outcome() == Outcome.TIMEOUT) {
            logs.append(c.accountId(), c.name(), s, requestId, clock.instant(),
                    LogFormat.timeout(clock.instant(), requestId, c.timeoutSeconds()));
        }
        logs.append(c.accountId(), c.name(), s, requestId, clock.instant(), LogFormat.end(requestId));
        ReportLine report = ReportLine.of(requestId, r.attempt().durationMs(), usage.billedMs(), c.memoryMb(),
                (int) r.maxMemoryUsedMb(), r.initDurationMs());
        report = switch (r.attempt().outcome()) {
            case TIMEOUT -> report.timedOut();
            case OUT_OF_MEMORY, INIT_ERROR -> report.failed(r.attempt().errorType() == null ? "Runtime.Unknown" : r.attempt().errorType());
            case FUNCTION_ERROR -> r.attempt().environmentLost() ? report.failed(r.attempt().errorType()) : report;
            case SUCCESS, THROTTLED, PLATFORM_ERROR -> report;
        };
        logs.append(c.accountId(), c.name(), s, requestId, clock.instant(), LogFormat.report(report));
        String log = logs.tail(c.accountId(), c.name(), requestId, tailLog ? 4096 : Integer.MAX_VALUE);
        return new InvokeResult(requestId, r.attempt().outcome(), r.attempt().payload(), r.attempt().errorType(),
                r.attempt().durationMs(), usage.billedMs(), r.initDurationMs(), c.memoryMb(), r.maxMemoryUsedMb(),
                r.coldStart(), r.environmentId(), s, log);
    }

    /** The start-up of an environment of {@code fn} whose logs go to {@code stream}. */
    public EnvironmentSpec launch(DeployedFunction fn, InstalledRuntime runtime, String stream, boolean provisioned) {
        return RuntimeLaunch.spec(fn, runtime, credentialsFor(fn.config().accountId()), stream, provisioned, runtimeJar, archives);
    }

    /** The pool key of a function's current code and configuration. */
    public static String functionKey(DeployedFunction fn) {
        return RuntimeLaunch.functionKey(fn.config());
    }

    /**
     * The log sink of an environment started for {@code coldRequestId}: its INIT output belongs to
     * that invocation (so a tailed log shows why INIT failed), later output to whichever runs.
     */
    private LogSink initSink(FunctionConfig c, String stream, String coldRequestId, AtomicBoolean initPhase) {
        return (requestId, line) -> logs.append(c.accountId(), c.name(), stream,
                requestId == null && initPhase.get() ? coldRequestId : requestId, clock.instant(), line);
    }

    SessionCredentials credentialsFor(String accountId) {
        return credentials.computeIfAbsent(accountId, accounts::issueSessionCredentials);
    }

    private static String hex16(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }

    /** A new X-Ray trace id; not a secret, so not from the (slower, locked) SecureRandom. */
    private String traceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String hex = hex16(random.nextLong()) + hex16(random.nextLong());
        return "Root=1-" + Long.toHexString(clock.millis() / 1000) + "-" + hex.substring(0, 24) + ";Parent="
                + hex.substring(8, 24) + ";Sampled=0;Lineage=1:" + hex.substring(0, 8) + ":0";
    }
}
