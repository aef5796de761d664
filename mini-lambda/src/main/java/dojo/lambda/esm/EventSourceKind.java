package dojo.lambda.esm;

import dojo.lambda.function.DeployedFunction;

/**
 * One kind of event source that Lambda polls for a function (a queue, a table's stream). A kind
 * is registered with {@code engine.eventSources().addKind(kind)}; from then on
 * CreateEventSourceMapping accepts its ARNs and the engine keeps one {@link Poller} running for
 * each enabled mapping of that kind, also across restarts.
 *
 * <p>Implementations are thread-safe; the engine calls them from request threads.
 */
public interface EventSourceKind {
    /** True for the event source ARNs this kind reads, for example {@code arn:aws:sqs:...}. */
    boolean accepts(String eventSourceArn);

    /**
     * Checks a mapping's settings against this kind's rules and returns them with its defaults
     * filled in (AWS's defaults differ per kind: BatchSize 10 for queues, 100 for streams).
     *
     * @param requested the settings as the caller gave them, already merged with the mapping's
     *     current ones on an update
     * @throws dojo.lambda.api.ApiException InvalidParameterValueException saying what is wrong
     *     and how to fix it
     */
    MappingSettings settle(String accountId, String eventSourceArn, DeployedFunction function, MappingSettings requested);

    /**
     * Starts polling for an enabled mapping and returns at once. After a change to the mapping
     * the engine closes the running poller and starts a new one with the changed mapping.
     */
    Poller start(EventSourceMapping mapping);
}
