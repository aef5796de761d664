package dojo.lambda.env;

import dojo.lambda.invoke.Outcome;
import java.util.Objects;

/**
 * What one invocation in one environment came to.
 *
 * @param payload the response, or the error JSON for a function error
 * @param durationMs from hand-over to the runtime until its reply (or the timeout)
 * @param environmentLost true when the environment was destroyed and the next call is cold
 */
public record Attempt(Outcome outcome, byte[] payload, String errorType, double durationMs, boolean environmentLost) {
    public Attempt {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(payload, "payload");
    }
}
