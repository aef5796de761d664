package dojo.lambda.esm;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.function.FunctionRegistry;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lambda's event source mappings: the API's Create/Get/List/Update/DeleteEventSourceMapping, kept
 * on disk, with one {@link Poller} running per enabled mapping. Each kind of source plugs in as
 * an {@link EventSourceKind}; mappings stored for a kind start polling when it is added, so they
 * come back after a restart.
 *
 * <p>Thread-safe. {@link #close()} stops every poller.
 */
public final class EventSources implements AutoCloseable {
    private static final String USER = "USER_INITIATED";

    private final MappingStore store;
    private final FunctionRegistry functions;
    private final InstantSource clock;
    private final List<EventSourceKind> kinds = new CopyOnWriteArrayList<>();
    private final Map<String, EventSourceMapping> mappings = new ConcurrentHashMap<>();
    private final Map<String, Poller> pollers = new ConcurrentHashMap<>();

    public EventSources(Path dataDir, FunctionRegistry functions, InstantSource clock) {
        this.store = new MappingStore(dataDir);
        this.functions = functions;
        this.clock = clock;
        store.load().forEach(m -> mappings.put(m.uuid(), m));
    }

    /** Serves a kind of event source from now on and starts the stored enabled mappings it reads. */
    public synchronized void addKind(EventSourceKind kind) {
        kinds.add(Objects.requireNonNull(kind, "kind"));
        mappings.values().stream().filter(m -> m.enabled() && kind.accepts(m.eventSourceArn())).forEach(this::startPoller);
    }

    /** CreateEventSourceMapping: answers in state Creating; the mapping is Enabled (or Disabled) right after. */
    public synchronized EventSourceMapping create(String accountId, String functionName, String eventSourceArn, boolean enabled,
            MappingSettings requested) {
        if (functionName == null || eventSourceArn == null) {
            throw new ApiException(ErrorType.InvalidParameterValueException, "FunctionName and EventSourceArn are required: the "
                    + "function to invoke and the ARN of the queue or stream to read.");
        }
        DeployedFunction fn = functions.get(accountId, functionName);
        EventSourceKind kind = kind(eventSourceArn);
        for (EventSourceMapping m : mappings.values()) {
            if (m.accountId().equals(accountId) && m.eventSourceArn().equals(eventSourceArn)
                    && m.functionArn().equals(fn.config().arn())) {
                throw new ApiException(ErrorType.ResourceConflictException, (eventSourceArn.startsWith("arn:aws:sqs:")
                        ? "An event source mapping with event source (\"" + eventSourceArn + "\") and function (\""
                                + fn.config().name() + "\") already exists."
                        : "The event source arn (\" " + eventSourceArn + " \") and function (\" " + fn.config().name()
                                + " \") provided mapping already exists.")
                        + " Please update or delete the existing mapping with UUID " + m.uuid());
            }
        }
        MappingSettings settings = kind.settle(accountId, eventSourceArn, fn, MappingRules.check(requested));
        EventSourceMapping created = new EventSourceMapping(UUID.randomUUID().toString(), accountId, eventSourceArn,
                fn.config().arn(), settings, enabled ? MappingState.Enabled : MappingState.Disabled, USER, clock.instant());
        settle(created);
        return created.with(MappingState.Creating, created.lastModified());
    }

    public EventSourceMapping get(String accountId, String uuid) {
        EventSourceMapping m = mappings.get(uuid == null ? "" : uuid);
        if (m == null || !m.accountId().equals(accountId)) {
            throw new ApiException(ErrorType.ResourceNotFoundException, "The resource you requested does not exist. No event "
                    + "source mapping " + uuid + " in this account; ListEventSourceMappings shows the ones there are.");
        }
        return m;
    }

    /** ListEventSourceMappings, optionally only those of one function and/or one event source, oldest first. */
    public List<EventSourceMapping> list(String accountId, String functionName, String eventSourceArn) {
        String fnArn = functionName == null ? null : functions.get(accountId, functionName).config().arn();
        return mappings.values().stream().filter(m -> m.accountId().equals(accountId))
                .filter(m -> fnArn == null || m.functionArn().equals(fnArn))
                .filter(m -> eventSourceArn == null || m.eventSourceArn().equals(eventSourceArn))
                .sorted(Comparator.comparing(EventSourceMapping::lastModified).thenComparing(EventSourceMapping::uuid)).toList();
    }

    /**
     * UpdateEventSourceMapping: {@code functionName} and {@code enabled} may be null (unchanged);
     * {@code settings} are the complete new settings. Answers Updating, Enabling or Disabling.
     */
    public synchronized EventSourceMapping update(String accountId, String uuid, String functionName, Boolean enabled,
            MappingSettings settings) {
        EventSourceMapping old = get(accountId, uuid);
        DeployedFunction fn = functions.get(accountId, functionName != null ? functionName : old.functionArn());
        MappingSettings settled = kind(old.eventSourceArn()).settle(accountId, old.eventSourceArn(), fn, MappingRules.check(settings));
        boolean on = enabled != null ? enabled : old.enabled();
        EventSourceMapping updated = new EventSourceMapping(uuid, accountId, old.eventSourceArn(), fn.config().arn(), settled,
                on ? MappingState.Enabled : MappingState.Disabled, USER, clock.instant());
        settle(updated);
        MappingState answer = on == old.enabled() ? MappingState.Updating : on ? MappingState.Enabling : MappingState.Disabling;
        return updated.with(answer, updated.lastModified());
    }

    /** DeleteEventSourceMapping: stops polling and answers with the mapping in state Deleting. */
    public synchronized EventSourceMapping delete(String accountId, String uuid) {
        EventSourceMapping m = get(accountId, uuid);
        stopPoller(uuid);
        mappings.remove(uuid);
        store.delete(m);
        return m.with(MappingState.Deleting, clock.instant());
    }

    /** The running poller's LastProcessingResult, or null. */
    public String lastProcessingResult(String uuid) {
        Poller p = pollers.get(uuid);
        return p == null ? null : p.lastProcessingResult();
    }

    private void settle(EventSourceMapping m) {
        store.save(m);
        mappings.put(m.uuid(), m);
        stopPoller(m.uuid());
        if (m.enabled()) {
            startPoller(m);
        }
    }

    private EventSourceKind kind(String arn) {
        return kinds.stream().filter(k -> k.accepts(arn)).findFirst().orElseThrow(() -> new ApiException(
                ErrorType.InvalidParameterValueException, "Unrecognized event source " + arn + ". This engine reads "
                + (kinds.isEmpty() ? "no event sources yet" : "queues (arn:aws:sqs:...)" + (kinds.size() > 1 ? " and streams" : ""))
                + "; give the ARN of one of them."));
    }

    private void startPoller(EventSourceMapping m) {
        kinds.stream().filter(k -> k.accepts(m.eventSourceArn())).findFirst().ifPresent(k -> pollers.put(m.uuid(), k.start(m)));
    }

    private void stopPoller(String uuid) {
        Poller p = pollers.remove(uuid);
        if (p != null) {
            p.close();
        }
    }

    @Override
    public synchronized void close() {
        pollers.values().forEach(Poller::close);
        pollers.clear();
    }
}
