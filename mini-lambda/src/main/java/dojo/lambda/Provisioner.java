package dojo.lambda;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.env.EnvironmentPool;
import dojo.lambda.env.EnvironmentSpec;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.function.FunctionRegistry;
import dojo.lambda.function.RuntimeCatalog;
import dojo.lambda.invoke.Invoker;
import dojo.lambda.logs.LogFormat;
import dojo.lambda.logs.LogStore;
import java.io.IOException;
import java.time.InstantSource;

/**
 * Keeps a function's environments in step with its settings: starts provisioned environments
 * (initialised ahead, with {@code AWS_LAMBDA_INITIALIZATION_TYPE=provisioned-concurrency}) and
 * retires idle environments of an older code or configuration after an update or delete.
 */
final class Provisioner {
    private final FunctionRegistry functions;
    private final RuntimeCatalog runtimes;
    private final EnvironmentPool pool;
    private final Invoker invoker;
    private final LogStore logs;
    private final InstantSource clock;
    private final String runtimeJar;

    Provisioner(FunctionRegistry functions, RuntimeCatalog runtimes, EnvironmentPool pool, Invoker invoker, LogStore logs,
            InstantSource clock, String runtimeJar) {
        this.functions = functions;
        this.runtimes = runtimes;
        this.pool = pool;
        this.invoker = invoker;
        this.logs = logs;
        this.clock = clock;
        this.runtimeJar = runtimeJar;
    }

    DeployedFunction provision(String accountId, String name, int count) {
        DeployedFunction fn = functions.putProvisionedConcurrency(accountId, name, count);
        start(fn);
        return fn;
    }

    private void start(DeployedFunction fn) {
        if (fn.provisionedConcurrency() <= 0) {
            return;
        }
        String stream = LogFormat.newStreamName(clock.instant());
        EnvironmentSpec spec = invoker.launch(fn, runtimes.require(fn.config().runtime()), stream, true);
        try {
            pool.provision(spec, s -> (requestId, line) -> logs.append(fn.config().accountId(), fn.config().name(), s,
                    requestId, clock.instant(), line), k -> LogFormat.newStreamName(clock.instant()), fn.provisionedConcurrency());
        } catch (IOException | RuntimeException e) {
            throw new ApiException(ErrorType.ServiceException,
                    "Provisioned environments of " + fn.config().name() + " could not start: " + e.getMessage());
        }
    }

    /** Called after a function's code or configuration changed, or it was deleted. */
    void functionChanged(String accountId, String name) {
        String prefix = accountId + "/" + name + "@";
        DeployedFunction current;
        try {
            current = functions.get(accountId, name);
        } catch (ApiException deleted) {
            pool.retire(key -> key.startsWith(prefix));
            return;
        }
        String key = Invoker.functionKey(current);
        pool.retire(k -> k.startsWith(prefix) && !k.equals(key));
        if (current.provisionedConcurrency() > 0) {
            Thread t = new Thread(() -> {
                try {
                    start(current);
                } catch (RuntimeException e) {
                    // the next invocation starts on demand; the failure shows in that invocation
                }
            }, "provision-" + name);
            t.setDaemon(true);
            t.start();
        }
    }
}
