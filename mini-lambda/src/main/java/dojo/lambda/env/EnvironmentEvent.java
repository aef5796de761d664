package dojo.lambda.env;

import java.time.Instant;
import java.util.Objects;

/** A step in an environment's life, for the timeline a learner sees. */
public record EnvironmentEvent(Instant at, String functionKey, String environmentId, Kind kind, String requestId) {
    public enum Kind {
        COLD_START,
        INIT_FAILED,
        INVOKE,
        FROZEN,
        REAPED,
        DESTROYED
    }

    public EnvironmentEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(functionKey, "functionKey");
        Objects.requireNonNull(environmentId, "environmentId");
        Objects.requireNonNull(kind, "kind");
    }
}
