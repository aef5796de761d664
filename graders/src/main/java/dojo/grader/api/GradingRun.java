package dojo.grader.api;

import dojo.grader.compile.DeploymentZip;
import dojo.grader.lab.Lab;
import dojo.lambda.Engine;
import dojo.lambda.account.Account;
import dojo.lambda.api.ApiException;
import dojo.lambda.function.CreateFunctionRequest;
import dojo.lambda.function.DeployedFunction;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * One grade in progress, as the grader's runner sets it up for the checks: the engine, the
 * account the submission is deployed into, the package, the deadline, and the invocations made
 * by the check now running (its evidence). Checks never use this class; they get a
 * {@link Submission}. The runner opens one per grade and closes it when done.
 *
 * <p>Thread-safe: a check may invoke from several threads.
 */
public final class GradingRun implements AutoCloseable {
    /** The launcher configuration parameter naming the run whose checks execute. */
    public static final String PARAMETER = "dojo.grader.run";
    private static final Map<String, GradingRun> OPEN = new ConcurrentHashMap<>();

    private final String id = UUID.randomUUID().toString();
    private final Engine engine;
    private final Account account;
    private final String accountId;
    private final Lab lab;
    private final DeploymentZip zip;
    private final Instant deadline;
    private final InstantSource clock;
    private final List<Invocation> evidence = new ArrayList<>();
    private final List<String> functions = new ArrayList<>();
    private final List<AutoCloseable> clients = new ArrayList<>();
    /*
     * Threads that invoke concurrently live as long as the run: an environment's sandbox dies
     * with the thread that started it (bwrap --die-with-parent follows the parent thread), so a
     * pool whose threads come and go would kill warm environments between checks.
     */
    private final ExecutorService invokers = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "invoke-" + UUID.randomUUID().toString().substring(0, 8));
        t.setDaemon(true);
        return t;
    });
    private Deployment shared;

    private GradingRun(Engine engine, Account account, Lab lab, DeploymentZip zip, Instant deadline, InstantSource clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.account = Objects.requireNonNull(account, "account");
        this.accountId = account.accountId();
        this.lab = Objects.requireNonNull(lab, "lab");
        this.zip = Objects.requireNonNull(zip, "zip");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @param account the grade's own account: its functions, tables and queues are the submission's */
    public static GradingRun open(Engine engine, Account account, Lab lab, DeploymentZip zip, Instant deadline,
            InstantSource clock) {
        GradingRun run = new GradingRun(engine, account, lab, zip, deadline, clock);
        OPEN.put(run.id, run);
        return run;
    }

    static GradingRun find(String id) {
        GradingRun run = id == null ? null : OPEN.get(id);
        if (run == null) {
            throw new IllegalStateException("Expected a grading run '" + id + "' (launcher parameter " + PARAMETER
                    + "), found none; checks run only inside the grader");
        }
        return run;
    }

    public String id() {
        return id;
    }

    public boolean pastDeadline() {
        return !clock.instant().isBefore(deadline);
    }

    /** The invocations made since the last call, oldest first. */
    public synchronized List<Invocation> takeEvidence() {
        List<Invocation> taken = List.copyOf(evidence);
        evidence.clear();
        return taken;
    }

    Submission submission() {
        return new Submission(this);
    }

    Lab lab() {
        return lab;
    }

    Engine engine() {
        return engine;
    }

    InstantSource clock() {
        return clock;
    }

    ExecutorService invokers() {
        return invokers;
    }

    /** An SDK client of the engine's services, signed as the grade's account; closed with the run. */
    <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C extends SdkClient> C client(B builder) {
        C client = builder.endpointOverride(URI.create(engine.endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(account.accessKeyId(), account.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)).build())
                .build();
        synchronized (this) {
            clients.add(client);
        }
        return client;
    }

    synchronized Deployment shared() {
        if (shared == null) {
            shared = deploy(Submission.labSettings(lab));
        }
        return shared;
    }

    Deployment deploy(Settings settings) {
        return new Deployment(this, create(lab.settings().handler(), settings, zip.bytes()), settings);
    }

    /** A cold start of the empty handler with {@code settings}, in a function of its own. */
    Invocation baselineColdStart(Settings settings) {
        return invoke(create(EmptyHandlerPackage.HANDLER, settings, EmptyHandlerPackage.zip()), "{}");
    }

    private DeployedFunction create(String handler, Settings settings, byte[] code) {
        String name;
        synchronized (this) {
            name = lab.id() + "-" + (functions.size() + 1);
            functions.add(name);
        }
        CreateFunctionRequest request = CreateFunctionRequest.of(name, lab.settings().runtime(), handler)
                .withMemorySize(settings.memoryMb()).withTimeout(settings.timeoutSeconds())
                .withEnvironment(settings.environment());
        return engine.functions().create(accountId, request, code);
    }

    Invocation invoke(DeployedFunction fn, String event) {
        if (pastDeadline()) {
            throw new GradeTimeLimitExceeded(lab.timeLimit());
        }
        dojo.lambda.invoke.InvokeResult result = engine.invoker().invoke(fn, event.getBytes(StandardCharsets.UTF_8), null, false);
        String name = fn.config().name();
        Invocation invocation = new Invocation(event, result, () -> functionLog(name));
        synchronized (this) {
            evidence.add(invocation);
        }
        return invocation;
    }

    /** The function's log lines (at most the last 10,000), oldest first. */
    private String functionLog(String name) {
        StringBuilder text = new StringBuilder();
        long cursor = 0;
        for (int page = 0; page < 10; page++) {
            dojo.lambda.logs.LogPage read = engine.logs().read(accountId, name, cursor, 1000);
            read.events().forEach(e -> text.append(e.message()).append('\n'));
            if (read.events().isEmpty() || read.nextCursor() == cursor) {
                break;
            }
            cursor = read.nextCursor();
        }
        return text.toString();
    }

    /** Deletes the run's functions (retiring their environments) and forgets the run. */
    @Override
    public void close() {
        OPEN.remove(id);
        List<String> names;
        List<AutoCloseable> opened;
        synchronized (this) {
            names = List.copyOf(functions);
            opened = List.copyOf(clients);
        }
        for (AutoCloseable client : opened) {
            try {
                client.close();
            } catch (Exception e) {
                // a client that cannot close holds only idle connections
            }
        }
        for (String name : names) {
            try {
                engine.functions().delete(accountId, name);
            } catch (ApiException gone) {
                // never created (CreateFunction refused it) or already deleted
            }
        }
        invokers.shutdownNow();
    }
}
