package dojo.lambda.function;

import java.util.Objects;

/**
 * One change to a function, as {@link FunctionListener}s see it.
 *
 * @param before the function before the change, null for {@link Kind#CREATED}
 * @param after the function after the change, null for {@link Kind#DELETED}
 */
public record FunctionChange(Kind kind, String accountId, String functionName, DeployedFunction before, DeployedFunction after) {

    public enum Kind {
        CREATED,
        /** New code in a new code directory; environments on the old one are stale. */
        CODE_UPDATED,
        /** New configuration (runtime, handler, memory, timeout, environment, ...); environments are stale. */
        CONFIGURATION_UPDATED,
        /** Reserved or provisioned concurrency changed; configuration and code did not. */
        CONCURRENCY_UPDATED,
        DELETED
    }

    public FunctionChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(functionName, "functionName");
    }

    /** True when environments started before this change run outdated code or configuration. */
    public boolean makesEnvironmentsStale() {
        return switch (kind) {
            case CODE_UPDATED, CONFIGURATION_UPDATED, DELETED -> true;
            case CREATED, CONCURRENCY_UPDATED -> false;
        };
    }
}
