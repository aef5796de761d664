package dojo.course.lab;

import dojo.course.content.Lab;
import dojo.lambda.Engine;
import dojo.lambda.EngineConfig;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.billing.PriceSheet;
import dojo.lambda.function.CreateFunctionRequest;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.invoke.InvokeResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs learners' lab code on one embedded mini-lambda engine, started on the first Run: compiles,
 * packs a zip, creates the learner's function for the lab (or updates its code when the sources
 * changed; unchanged sources reuse the warm function), invokes it with the event and reads the
 * REPORT figures, the cost and the timeline. Each learner has their own engine account.
 */
public final class LabRunner implements AutoCloseable {
    private final Path engineDir;
    private final boolean unsafeNoSandbox;
    private final Function<Engine, Function<String, String>> accountOf;
    private final LabCompiler compiler = new LabCompiler();
    /** account/function -> digest of the sources deployed there by this server */
    private final Map<String, String> deployed = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private Engine engine;

    /**
     * @param accountOf given the engine, maps a learner id to their engine account id (creating it once)
     */
    public LabRunner(Path engineDir, boolean unsafeNoSandbox, Function<Engine, Function<String, String>> accountOf) {
        this.engineDir = engineDir;
        this.unsafeNoSandbox = unsafeNoSandbox;
        this.accountOf = accountOf;
    }

    /** Compiles and runs {@code files} (path -> source) of {@code lab} for the learner with {@code event} (JSON text). */
    public RunResult run(String learnerId, Lab lab, Map<String, String> files, String event) {
        LabCompiler.Output compiled = compiler.compile(files);
        if (!compiled.ok()) {
            return RunResult.compileFailed(compiled.problems());
        }
        Engine engine = engine();
        String account = accountOf.apply(engine).apply(learnerId);
        String name = "lab-" + lab.id();
        synchronized (locks.computeIfAbsent(account + "/" + name, k -> new Object())) {
            String digest = LabPackage.digest(lab, files);
            boolean changed = !digest.equals(deployed.get(account + "/" + name));
            DeployedFunction fn = changed ? deploy(engine, account, name, lab, LabPackage.zip(compiled.classes()))
                    : engine.functions().get(account, name);
            deployed.put(account + "/" + name, digest);
            InvokeResult r = engine.invoker().invoke(fn, event.getBytes(StandardCharsets.UTF_8), null, true);
            List<RunResult.TimelineEvent> timeline = engine.timeline(account, name).stream()
                    .map(e -> new RunResult.TimelineEvent(e.at().toEpochMilli(), e.environmentId(), e.kind().name(), e.requestId()))
                    .toList();
            PriceSheet prices = engine.billing().prices();
            return new RunResult(List.of(), r.outcome().name(), r.payloadAsString(), r.errorType(), r.log(), r.durationMs(),
                    r.billedDurationMs(), r.initDurationMs(), r.memorySizeMb(), r.maxMemoryUsedMb(), r.coldStart(),
                    cost(prices, fn.config().architecture(), r), prices.currency(), changed, timeline);
        }
    }

    /** GB-seconds billed times the architecture's price, plus one request. */
    static BigDecimal cost(PriceSheet prices, String architecture, InvokeResult r) {
        BigDecimal perGbSecond = prices.pricePerGbSecond().getOrDefault(architecture,
                prices.pricePerGbSecond().values().iterator().next());
        BigDecimal gbSeconds = BigDecimal.valueOf(r.billedDurationMs()).divide(BigDecimal.valueOf(1000))
                .multiply(BigDecimal.valueOf(r.memorySizeMb()).divide(BigDecimal.valueOf(1024)));
        BigDecimal request = prices.pricePerMillionRequests().divide(BigDecimal.valueOf(1_000_000));
        return gbSeconds.multiply(perGbSecond).add(request).round(MathContext.DECIMAL64);
    }

    private static DeployedFunction deploy(Engine engine, String account, String name, Lab lab, byte[] zip) {
        try {
            engine.functions().get(account, name);
            return engine.functions().updateCode(account, name, zip);
        } catch (ApiException e) {
            if (e.type() != ErrorType.ResourceNotFoundException) {
                throw e;
            }
            CreateFunctionRequest request = CreateFunctionRequest.of(name, lab.meta().runtime(), lab.meta().handler())
                    .withMemorySize(lab.meta().memoryMb()).withTimeout(lab.meta().timeoutSeconds());
            return engine.functions().create(account, request, zip);
        }
    }

    /** The embedded engine, started on first use; Submit grades on it too. */
    synchronized Engine engine() {
        if (engine == null) {
            try {
                engine = Engine.start(EngineConfig.defaults(engineDir).withPort(0).withUnsafeNoSandbox(unsafeNoSandbox)
                        .withDefaultAccount(false));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the mini-lambda engine in " + engineDir, e);
            }
        }
        return engine;
    }

    @Override
    public synchronized void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
