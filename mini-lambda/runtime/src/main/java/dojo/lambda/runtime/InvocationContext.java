package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.time.InstantSource;

/** The {@link Context} handed to the handler for one invocation. */
final class InvocationContext implements Context {
    private final RuntimeEnvironment env;
    private final Invocation invocation;
    private final LambdaLogger logger;
    private final InstantSource clock;

    InvocationContext(RuntimeEnvironment env, Invocation invocation, LambdaLogger logger, InstantSource clock) {
        this.env = env;
        this.invocation = invocation;
        this.logger = logger;
        this.clock = clock;
    }

    @Override
    public String getAwsRequestId() {
        return invocation.requestId();
    }

    @Override
    public String getLogGroupName() {
        return env.logGroupName();
    }

    @Override
    public String getLogStreamName() {
        return env.logStreamName();
    }

    @Override
    public String getFunctionName() {
        return env.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return env.functionVersion();
    }

    @Override
    public String getInvokedFunctionArn() {
        return invocation.invokedFunctionArn();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return ClientContextView.identity(invocation.cognitoIdentityJson());
    }

    @Override
    public ClientContext getClientContext() {
        return ClientContextView.clientContext(invocation.clientContextJson());
    }

    /** Milliseconds until the deadline the Runtime API gave; 0 once it has passed. */
    @Override
    public int getRemainingTimeInMillis() {
        long remaining = invocation.deadlineMillis() - clock.millis();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, remaining));
    }

    @Override
    public int getMemoryLimitInMB() {
        return env.memoryMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    @Override
    public String getXrayTraceId() {
        return invocation.traceId();
    }

    @Override
    public String getTenantId() {
        return invocation.tenantId();
    }
}
