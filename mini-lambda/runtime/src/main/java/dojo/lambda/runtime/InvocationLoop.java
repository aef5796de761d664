package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.time.InstantSource;

/**
 * Serves events one at a time: next, handler, response or error, for as long as the environment
 * lives. Learner faults become error posts; only a VirtualMachineError ends the loop, because the
 * JVM cannot be trusted after one. Runtime API faults propagate as {@link RuntimeApiException}.
 */
final class InvocationLoop {
    static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";

    private final RuntimeApiClient api;
    private final LambdaHandler handler;
    private final RuntimeEnvironment env;
    private final LambdaLogger logger;
    private final InstantSource clock;
    private final OutOfMemoryReport outOfMemory;

    InvocationLoop(RuntimeApiClient api, LambdaHandler handler, RuntimeEnvironment env, LambdaLogger logger,
            InstantSource clock) {
        this.api = api;
        this.handler = handler;
        this.env = env;
        this.logger = logger;
        this.clock = clock;
        this.outOfMemory = new OutOfMemoryReport(env.memoryMb());
    }

    /** Returns only after a fatal invocation error, with the status to exit with. */
    ExitStatus run() {
        while (true) {
            Invocation invocation = api.next();
            if (!serve(invocation)) {
                return ExitStatus.FATAL_ERROR;
            }
        }
    }

    /** Handles one event; false when the environment must end. */
    boolean serve(Invocation invocation) {
        if (invocation.traceId() == null) {
            System.clearProperty(TRACE_HEADER_PROPERTY);
        } else {
            System.setProperty(TRACE_HEADER_PROPERTY, invocation.traceId());
        }
        Payload response;
        try {
            response = handler.handle(invocation.event(), new InvocationContext(env, invocation, logger, clock));
        } catch (OutOfMemoryError error) {
            fail(invocation, FunctionErrorType.OUT_OF_MEMORY, outOfMemory.report(error));
            return false;
        } catch (FunctionError error) {
            fail(invocation, FunctionErrorType.USER_EXCEPTION, error.report());
            return true;
        } catch (Throwable error) {
            fail(invocation, FunctionErrorType.USER_EXCEPTION, ErrorReport.of(error));
            return !(error instanceof VirtualMachineError);
        } finally {
            // the learner's code may have interrupted this thread; the next long poll must not see it
            Thread.interrupted();
        }
        flushOutput();
        api.postResponse(invocation.requestId(), response);
        return true;
    }

    private void fail(Invocation invocation, FunctionErrorType type, ErrorReport report) {
        System.out.println(report.toJson());
        flushOutput();
        api.postError(invocation.requestId(), type, report);
    }

    static void flushOutput() {
        System.out.flush();
        System.err.flush();
    }
}
