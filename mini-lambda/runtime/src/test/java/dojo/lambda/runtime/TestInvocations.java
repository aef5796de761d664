package dojo.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;

/** Values shared by the unit tests: an environment, an invocation and its Context at a fixed instant. */
final class TestInvocations {
    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private TestInvocations() {}

    static RuntimeEnvironment environment() {
        return RuntimeEnvironment.from(Map.of(
                "AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001",
                "_HANDLER", "fixtures.Hello",
                "LAMBDA_TASK_ROOT", "/var/task",
                "AWS_LAMBDA_FUNCTION_NAME", "hello",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256",
                "AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/hello",
                "AWS_LAMBDA_LOG_STREAM_NAME", "2025/01/01/[$LATEST]abc"));
    }

    static Invocation invocation(String event) {
        return new Invocation("req-1", NOW.toEpochMilli() + 2_500, "arn:aws:lambda:us-east-1:000000000000:function:hello",
                "Root=1-abc", null, null, null, Payload.utf8(event));
    }

    static Context context() {
        return new InvocationContext(environment(), invocation("{}"), new StdoutLogger(), InstantSource.fixed(NOW));
    }
}
