package dojo.lambda.esm;

import java.time.Instant;
import java.util.Objects;

/**
 * One event source mapping as Lambda's API shows it: which source feeds which function, how,
 * and where it stands.
 *
 * @param uuid AWS's UUID, the mapping's id in the API
 * @param functionArn the function's unqualified ARN
 * @param stateTransitionReason AWS's reason for the last state change ({@code USER_INITIATED})
 */
public record EventSourceMapping(String uuid, String accountId, String eventSourceArn, String functionArn,
        MappingSettings settings, MappingState state, String stateTransitionReason, Instant lastModified) {
    public EventSourceMapping {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(eventSourceArn, "eventSourceArn");
        Objects.requireNonNull(functionArn, "functionArn");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** The function's name, from its ARN. */
    public String functionName() {
        return functionArn.substring(functionArn.lastIndexOf(':') + 1);
    }

    /** AWS's EventSourceMappingArn. */
    public String arn() {
        return "arn:aws:lambda:us-east-1:" + accountId + ":event-source-mapping:" + uuid;
    }

    public boolean enabled() {
        return switch (state) {
            case Creating, Enabling, Enabled, Updating -> true;
            case Disabling, Disabled, Deleting -> false;
        };
    }

    public EventSourceMapping with(MappingState s, Instant at) {
        return new EventSourceMapping(uuid, accountId, eventSourceArn, functionArn, settings, s, stateTransitionReason, at);
    }
}
