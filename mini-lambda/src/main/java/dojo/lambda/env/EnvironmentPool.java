package dojo.lambda.env;

import dojo.lambda.invoke.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The warm environments of every function, keyed by a function key that changes whenever the
 * function's code or configuration does (so an update never reuses a stale environment). An idle
 * environment is reused (warm start, most recently used first); otherwise a new one is started
 * (cold start). Idle environments are reaped after {@code idleTimeout}; provisioned ones are not.
 *
 * <p>Thread-safe. Concurrency limits are the caller's business: the pool starts as many
 * environments as there are concurrent calls.
 */
public final class EnvironmentPool implements AutoCloseable {
    private final EnvironmentHost host;
    private final InstantSource clock;
    private final Duration idleTimeout;
    private final Consumer<EnvironmentEvent> events;
    private final Map<String, Deque<ExecutionEnvironment>> idle = new ConcurrentHashMap<>();
    private final Map<String, List<ExecutionEnvironment>> provisioned = new ConcurrentHashMap<>();
    private final java.util.Set<ExecutionEnvironment> live = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService reaper;
    private final ScratchSpares spares;

    public EnvironmentPool(EnvironmentHost host, InstantSource clock, Duration idleTimeout, Consumer<EnvironmentEvent> events) {
        this.host = host;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.events = events;
        this.spares = host.sandboxed() ? new ScratchSpares(host.runDir()) : null;
        this.reaper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "environment-reaper");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(50, Math.min(1000, idleTimeout.toMillis() / 4));
        reaper.scheduleWithFixedDelay(this::reap, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs one invocation in a warm environment of {@code spec.functionKey()}, or in a new one.
     *
     * @param sinks makes the log sink of a new environment from its log stream name
     * @param beforeDelivery called with the environment's log stream once it is ready, right before
     *     the event is handed over (where START belongs: after INIT's output)
     */
    public PoolResult invoke(EnvironmentSpec spec, Function<String, LogSink> sinks, String logStreamName,
            RuntimeEvent event, long timeoutMs, Consumer<String> beforeDelivery) {
        return invoke(spec.functionKey(), new ColdStart(() -> logStreamName, stream -> spec), sinks, event, timeoutMs,
                beforeDelivery);
    }

    /**
     * As {@link #invoke(EnvironmentSpec, Function, String, RuntimeEvent, long, Consumer)}, but the
     * spec and log stream of a new environment are only made when one is needed (warm invocations
     * need just the function key).
     */
    public PoolResult invoke(String functionKey, ColdStart coldStart, Function<String, LogSink> sinks,
            RuntimeEvent event, long timeoutMs, Consumer<String> beforeDelivery) {
        ExecutionEnvironment env = takeIdle(functionKey);
        boolean cold = env == null;
        double initMs = 0;
        if (cold) {
            String logStreamName = coldStart.streamName().get();
            EnvironmentSpec spec = coldStart.spec().apply(logStreamName);
            try {
                env = ExecutionEnvironment.start(host, spec, sinks.apply(logStreamName), clock, logStreamName, spares);
                live.add(env);
                initMs = env.initDurationMs();
                emit(env, EnvironmentEvent.Kind.COLD_START, event.requestId());
            } catch (ExecutionEnvironment.InitFailed f) {
                events.accept(new EnvironmentEvent(clock.instant(), spec.functionKey(), "-", EnvironmentEvent.Kind.INIT_FAILED,
                        event.requestId()));
                Attempt a = new Attempt(Outcome.INIT_ERROR, f.body(), f.errorType(), 0, true);
                return new PoolResult(a, true, f.initDurationMs(), 0, null, logStreamName);
            } catch (IOException e) {
                Attempt a = new Attempt(Outcome.PLATFORM_ERROR, ErrorBody.of("ServiceException",
                        "The engine could not start an execution environment: " + e.getMessage()), "ServiceException", 0, true);
                return new PoolResult(a, true, 0, 0, null, logStreamName);
            }
        } else {
            emit(env, EnvironmentEvent.Kind.INVOKE, event.requestId());
        }
        beforeDelivery.accept(env.logStream);
        Attempt attempt = env.invoke(event, timeoutMs);
        long maxMem = env.maxMemoryUsedMb();
        if (env.isDead()) {
            live.remove(env);
            emit(env, EnvironmentEvent.Kind.DESTROYED, event.requestId());
        } else {
            release(env);
        }
        return new PoolResult(attempt, cold, initMs, maxMem, env.id, env.logStream);
    }

    /** How to start a new environment: a new log stream's name, and the spec given that name. */
    public record ColdStart(Supplier<String> streamName, Function<String, EnvironmentSpec> spec) {
        public ColdStart {
            java.util.Objects.requireNonNull(streamName, "streamName");
            java.util.Objects.requireNonNull(spec, "spec");
        }
    }

    /** Starts environments ahead of calls until {@code count} are provisioned for this key. */
    public void provision(EnvironmentSpec spec, Function<String, LogSink> sinks, Function<String, String> streamNames,
            int count) throws IOException {
        List<ExecutionEnvironment> list = provisioned.computeIfAbsent(spec.functionKey(), k -> new ArrayList<>());
        synchronized (list) {
            list.removeIf(ExecutionEnvironment::isDead);
            while (list.size() < count) {
                String stream = streamNames.apply(spec.functionKey());
                ExecutionEnvironment env = ExecutionEnvironment.start(host, spec, sinks.apply(stream), clock, stream, spares);
                live.add(env);
                emit(env, EnvironmentEvent.Kind.COLD_START, null);
                list.add(env);
                release(env);
            }
        }
    }

    private ExecutionEnvironment takeIdle(String key) {
        Deque<ExecutionEnvironment> q = idle.get(key);
        if (q == null) {
            return null;
        }
        synchronized (q) {
            while (!q.isEmpty()) {
                ExecutionEnvironment env = q.pollFirst();
                if (!env.isDead()) {
                    return env;
                }
            }
        }
        return null;
    }

    private void release(ExecutionEnvironment env) {
        Deque<ExecutionEnvironment> q = idle.computeIfAbsent(env.functionKey, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addFirst(env);
        }
        emit(env, EnvironmentEvent.Kind.FROZEN, null);
    }

    /** Destroys the idle environments of every key for which {@code stale} is true. */
    public void retire(java.util.function.Predicate<String> stale) {
        for (Map.Entry<String, Deque<ExecutionEnvironment>> e : idle.entrySet()) {
            if (stale.test(e.getKey())) {
                drain(e.getValue(), EnvironmentEvent.Kind.DESTROYED);
                provisioned.remove(e.getKey());
            }
        }
    }

    /** Number of idle (warm, frozen) environments for a key. */
    public int idleCount(String key) {
        Deque<ExecutionEnvironment> q = idle.get(key);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            return (int) q.stream().filter(e -> !e.isDead()).count();
        }
    }

    private void reap() {
        long now = System.nanoTime();
        for (Map.Entry<String, Deque<ExecutionEnvironment>> e : idle.entrySet()) {
            List<ExecutionEnvironment> keep = provisioned.getOrDefault(e.getKey(), List.of());
            List<ExecutionEnvironment> expired = new ArrayList<>();
            Deque<ExecutionEnvironment> q = e.getValue();
            synchronized (q) {
                q.removeIf(env -> {
                    boolean old = now - env.lastUsedNanos > idleTimeout.toNanos() && !keep.contains(env);
                    if (old || env.isDead()) {
                        expired.add(env);
                    }
                    return old || env.isDead();
                });
            }
            for (ExecutionEnvironment env : expired) {
                live.remove(env);
                env.destroy();
                emit(env, EnvironmentEvent.Kind.REAPED, null);
            }
        }
    }

    private void drain(Deque<ExecutionEnvironment> q, EnvironmentEvent.Kind kind) {
        List<ExecutionEnvironment> all;
        synchronized (q) {
            all = new ArrayList<>(q);
            q.clear();
        }
        all.parallelStream().forEach(env -> {
            live.remove(env);
            try {
                env.destroy();
            } catch (RuntimeException e) {
                // keep destroying the others
            }
            emit(env, kind, null);
        });
    }

    private void emit(ExecutionEnvironment env, EnvironmentEvent.Kind kind, String requestId) {
        events.accept(new EnvironmentEvent(clock.instant(), env.functionKey, env.id, kind, requestId));
    }

    /** Removes the scratch directory that held the environments' sockets and FIFOs. */
    public static void deleteRunDir(java.nio.file.Path dir) {
        FileTrees.deleteQuietly(dir);
    }

    @Override
    public void close() {
        reaper.shutdownNow();
        for (Deque<ExecutionEnvironment> q : idle.values()) {
            drain(q, EnvironmentEvent.Kind.DESTROYED);
        }
        // in parallel: a frozen environment takes a moment to thaw and die
        List.copyOf(live).parallelStream().forEach(env -> {
            try {
                env.destroy();
            } catch (RuntimeException e) {
                // keep destroying the others
            }
        });
        live.clear();
        if (spares != null) {
            spares.close();
        }
    }
}
