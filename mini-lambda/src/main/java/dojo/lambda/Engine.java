package dojo.lambda;

import dojo.lambda.account.AccountStore;
import dojo.lambda.account.SigV4Verifier;
import dojo.lambda.billing.BillingMeter;
import dojo.lambda.billing.PriceSheet;
import dojo.lambda.concurrency.ConcurrencyLimiter;
import dojo.lambda.env.Cgroups;
import dojo.lambda.env.EnvironmentEvent;
import dojo.lambda.env.EnvironmentHost;
import dojo.lambda.env.EnvironmentPool;
import dojo.lambda.env.SandboxEtc;
import dojo.lambda.function.AccountConcurrency;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.function.FunctionRegistry;
import dojo.lambda.function.RuntimeCatalog;
import dojo.lambda.http.LambdaHttp;
import dojo.lambda.invoke.AsyncInvoker;
import dojo.lambda.invoke.Invoker;
import dojo.lambda.logs.LogStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * A running mini-lambda: accounts, functions, execution environments, invocation, logs and
 * billing, plus the HTTP endpoint that serves them with AWS's Lambda API. The same object is the
 * in-process Java API for graders and the course server (see {@link #functions()},
 * {@link #invoker()}, {@link #logs()}, {@link #billing()}); both paths share one implementation.
 *
 * <p>Thread-safe. {@link #close()} stops the endpoint and destroys every environment.
 */
public final class Engine implements AutoCloseable {
    private final EngineConfig config;
    private final AccountStore accounts;
    private final SigV4Verifier verifier;
    private final FunctionRegistry functions;
    private final LogStore logs;
    private final BillingMeter billing;
    private final ConcurrencyLimiter limiter;
    private final EnvironmentPool pool;
    private final Invoker invoker;
    private final AsyncInvoker async;
    private final EnvironmentTimeline timeline;
    private final Provisioner provisioner;
    private final FunctionDestinations destinations;
    private final dojo.lambda.esm.EventSources eventSources;
    private final LambdaHttp http;
    private final Path runDir;
    private final java.util.Map<String, dojo.lambda.http.AwsService> services = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.util.List<dojo.lambda.http.PublicEndpoint> publicEndpoints = java.util.List.of();

    private Engine(EngineConfig config, InstantSource clock) throws IOException {
        this.config = config;
        Path data = Files.createDirectories(config.dataDir());
        SandboxCheck.require(config.unsafeNoSandbox());
        this.accounts = AccountStore.open(data, config.defaultAccount());
        this.verifier = new SigV4Verifier(accounts, clock);
        RuntimeCatalog runtimes = RuntimeCatalog.scanHost();
        int limit = config.accountConcurrency();
        this.functions = FunctionRegistry.open(data, runtimes, clock, new AccountConcurrency(limit, Math.min(100, limit / 10)));
        this.logs = new LogStore(data);
        this.billing = new BillingMeter(data, PriceSheet.standard(), clock);
        this.limiter = new ConcurrencyLimiter(config.accountConcurrency());
        Path runtimeDir = RuntimeJar.install(data);
        this.runDir = dojo.lambda.env.RunDirectory.create(Path.of(System.getProperty("java.io.tmpdir")));
        // The port is fixed before the server starts: environments are told where it is.
        int port = config.port() == 0 ? FreePort.find() : config.port();
        Path serviceSockets = Files.createDirectories(runDir.resolve("api"));
        Files.setPosixFilePermissions(serviceSockets, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        dojo.lambda.env.StartupArchives archives = config.unsafeNoSandbox() ? null
                : new dojo.lambda.env.StartupArchives(runtimeDir.resolve("archives"), runtimeDir);
        EnvironmentHost host = new EnvironmentHost(runDir, runtimeDir, SandboxEtc.write(data.resolve("sandbox-etc")),
                !config.unsafeNoSandbox(), Cgroups.detect(), config.maxLogBytesPerInvocation(), 1024, serviceSockets,
                "http://" + config.host() + ":" + port, archives);
        this.timeline = new EnvironmentTimeline(500);
        this.pool = new EnvironmentPool(host, clock, config.idleTimeout(), timeline::record);
        String jar = (config.unsafeNoSandbox() ? runtimeDir.toString() : "/opt/dojo") + "/" + RuntimeJar.NAME;
        this.invoker = new Invoker(functions, runtimes, accounts, pool, limiter, logs, billing, clock, jar, archives);
        this.provisioner = new Provisioner(functions, runtimes, pool, invoker, logs, clock, jar);
        this.destinations = new FunctionDestinations(this);
        this.async = new AsyncInvoker(functions, invoker, clock, config.asyncRetryDelays(), destinations, 4);
        this.eventSources = new dojo.lambda.esm.EventSources(data, functions, clock);
        functions.addListener(change -> {
            if (change.makesEnvironmentsStale()) {
                provisioner.functionChanged(change.accountId(), change.functionName());
            }
        });
        register(new dojo.lambda.schedule.EventBridgeService(this, clock).startRealTime());
        register(new dojo.lambda.gateway.GatewayService(this, clock));
        dojo.lambda.dynamodb.DynamoDbService.install(this, clock);
        dojo.lambda.sqs.QueueService.install(this);
        register(new dojo.lambda.s3.S3Service(this, clock));
        this.http = LambdaHttp.start(this, config.host(), port, serviceSockets.resolve("engine.sock"));
    }

    /** Starts an engine and its HTTP endpoint; {@code config.port()} 0 picks a free port. */
    public static Engine start(EngineConfig config) throws IOException {
        return new Engine(config, InstantSource.system());
    }

    public int port() {
        return http.port();
    }

    public String endpoint() {
        return "http://" + config.host() + ":" + port();
    }

    public EngineConfig config() {
        return config;
    }

    public AccountStore accounts() {
        return accounts;
    }

    public SigV4Verifier verifier() {
        return verifier;
    }

    public FunctionRegistry functions() {
        return functions;
    }

    public Invoker invoker() {
        return invoker;
    }

    public AsyncInvoker async() {
        return async;
    }

    public LogStore logs() {
        return logs;
    }

    public BillingMeter billing() {
        return billing;
    }

    public ConcurrencyLimiter limiter() {
        return limiter;
    }

    /** The recent life of a function's environments (cold starts, invocations, freezes, reaps). */
    public java.util.List<EnvironmentEvent> timeline(String accountId, String functionName) {
        return timeline.of(accountId + "/" + functionName + "@");
    }

    /** Serves {@code service} on this engine's port from now on (see {@link dojo.lambda.http.AwsService}). */
    public void register(dojo.lambda.http.AwsService service) {
        services.put(service.signingName(), service);
        publicEndpoints = services.values().stream().filter(dojo.lambda.http.PublicEndpoint.class::isInstance)
                .map(dojo.lambda.http.PublicEndpoint.class::cast).toList();
    }

    /** The registered services that the public reaches without signing (see {@link dojo.lambda.http.PublicEndpoint}). */
    public java.util.List<dojo.lambda.http.PublicEndpoint> publicEndpoints() {
        return publicEndpoints;
    }

    /** The service with that SigV4 signing name, or null. */
    public dojo.lambda.http.AwsService service(String signingName) {
        return signingName == null ? null : services.get(signingName);
    }

    public java.util.Set<String> serviceNames() {
        return new java.util.TreeSet<>(services.keySet());
    }

    /** Where asynchronous invocation records go; services add their own kinds of destination. */
    public void addDestination(dojo.lambda.invoke.DestinationRouter router) {
        destinations.add(router);
    }

    /**
     * Sends a record (an async invocation record, a stream batch's failure record) to a destination
     * ARN: a function of the account, or a kind a service added with {@link #addDestination}.
     *
     * @return false when no such destination exists; the caller logs and drops the record
     */
    public boolean deliverToDestination(String accountId, String destinationArn, byte[] record) {
        return destinations.deliver(accountId, destinationArn, record);
    }

    /** The engine's data directory, where services keep their state under their own folder. */
    public Path dataDir() {
        return config.dataDir();
    }

    /** Event source mappings: the pollers that invoke functions from queues and streams; sources add their kinds here. */
    public dojo.lambda.esm.EventSources eventSources() {
        return eventSources;
    }

    /** Sets provisioned concurrency and starts that many environments ahead of calls. */
    public DeployedFunction provision(String accountId, String functionName, int count) {
        return provisioner.provision(accountId, functionName, count);
    }

    /** Services that run threads of their own (schedules, pollers) implement AutoCloseable. */
    private static void closeQuietly(dojo.lambda.http.AwsService service) {
        if (service instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing the engine goes on; a service that cannot stop cleanly only leaks daemon threads
            }
        }
    }

    @Override
    public void close() {
        // each step runs even if an earlier one fails: environments must never outlive the engine
        for (Runnable step : new Runnable[] {eventSources::close, http::close, () -> services.values().forEach(Engine::closeQuietly), async::close,
                pool::close, billing::close, logs::close, () -> dojo.lambda.env.EnvironmentPool.deleteRunDir(runDir)}) {
            try {
                step.run();
            } catch (RuntimeException e) {
                System.err.println("mini-lambda: while stopping: " + e);
            }
        }
    }
}
