package dojo.lambda.function;

/**
 * Told about every change to a function once it is stored, so the environment pool can retire
 * environments that run outdated code or configuration.
 *
 * <p>Called on the thread that made the change, while the registry holds that account's lock,
 * in the order the account's changes happened. Implementations must return quickly, may read
 * the registry, and must not change functions from inside the call. An exception thrown here is
 * logged and does not undo the change. A function's old code directory stays on disk for at
 * least {@link FunctionRegistry#RETIRED_CODE_GRACE} after a change, so environments can finish
 * the invocations they are running.
 */
@FunctionalInterface
public interface FunctionListener {
    void functionChanged(FunctionChange change);
}
