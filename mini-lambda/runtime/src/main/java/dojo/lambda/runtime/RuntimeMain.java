package dojo.lambda.runtime;

import java.io.File;
import java.net.URLClassLoader;
import java.time.InstantSource;

/**
 * Entry point of the runtime inside an execution environment, the counterpart of AWS's managed
 * Java runtime. Started by the engine as
 * {@code java <flags> -cp /opt/dojo/mini-lambda-runtime.jar dojo.lambda.runtime.RuntimeMain} in
 * {@code /var/task} with {@code _HANDLER}, {@code AWS_LAMBDA_RUNTIME_API} and the other Lambda
 * variables set. It loads the handler (INIT), then serves events from the Runtime API until the
 * engine stops the process. It exits by itself only after a failed INIT (status 1), a fatal error
 * in an invocation such as OutOfMemoryError (status 2) or a platform fault (status 3).
 */
public final class RuntimeMain {
    private static final long CONNECT_BUDGET_MILLIS = 2_000;

    private RuntimeMain() {}

    /**
     * With {@code --cds-training} as the only argument, runs {@link CdsTraining} instead of serving
     * a function, for building a class-data-sharing archive with {@code -XX:ArchiveClassesAtExit}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(CdsTraining.FLAG)) {
            CdsTraining.run();
            return;
        }
        RuntimeEnvironment env;
        try {
            env = RuntimeEnvironment.from(System.getenv());
        } catch (IllegalStateException e) {
            exit(ExitStatus.PLATFORM_FAULT, e.getMessage());
            return;
        }
        RuntimeApiClient api = new RuntimeApiClient(
                new HttpConnection(env.runtimeApiHost(), env.runtimeApiPort(), CONNECT_BUDGET_MILLIS));
        try {
            LambdaHandler handler = init(env, api);
            ExitStatus status = new InvocationLoop(api, handler, env, new StdoutLogger(), InstantSource.system()).run();
            exit(status, null);
        } catch (RuntimeApiException e) {
            exit(ExitStatus.PLATFORM_FAULT, e.getMessage());
        } catch (Throwable e) {
            // e.g. a second OutOfMemoryError while reporting the first; the learner's threads must not keep us alive
            exit(ExitStatus.FATAL_ERROR, "stopped by " + e);
        }
    }

    private static LambdaHandler init(RuntimeEnvironment env, RuntimeApiClient api) {
        ErrorReport failure;
        try {
            File taskRoot = new File(env.taskRoot());
            URLClassLoader loader = TaskClassLoader.create(taskRoot, RuntimeMain.class.getClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            return new HandlerResolver(loader, taskRoot).resolve(env.handler());
        } catch (FunctionError e) {
            failure = e.report();
        } catch (RuntimeApiException e) {
            throw e;
        } catch (Throwable e) {
            failure = ErrorReport.of(e);
        }
        System.out.println(failure.toJson());
        InvocationLoop.flushOutput();
        api.postInitError(FunctionErrorType.BAD_FUNCTION_CODE, failure);
        exit(ExitStatus.INIT_FAILED, null);
        throw new IllegalStateException("unreachable: the runtime halted");
    }

    /** Halts without running the learner's shutdown hooks: the environment is being discarded. */
    private static void exit(ExitStatus status, String platformMessage) {
        if (platformMessage != null) {
            System.err.println("mini-lambda runtime: " + platformMessage);
        }
        InvocationLoop.flushOutput();
        Runtime.getRuntime().halt(status.code());
    }
}
