package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeEnvironmentTest {
    @Test
    void readsTheLambdaVariables() {
        RuntimeEnvironment env = TestInvocations.environment();

        assertThat(env.runtimeApiHost()).isEqualTo("127.0.0.1");
        assertThat(env.runtimeApiPort()).isEqualTo(9001);
        assertThat(env.handler()).isEqualTo("fixtures.Hello");
        assertThat(env.memoryMb()).isEqualTo(256);
        assertThat(env.functionVersion()).isEqualTo("$LATEST");
    }

    @Test
    void rejectsARuntimeApiWithoutAPort() {
        assertThatThrownBy(() -> RuntimeEnvironment.from(Map.of("AWS_LAMBDA_RUNTIME_API", "localhost")))
                .hasMessage("Expected AWS_LAMBDA_RUNTIME_API as host:port (for example 127.0.0.1:9001), found localhost. "
                        + "The engine must set it when it starts the runtime.");
    }

    @Test
    void rejectsAMemorySizeThatIsNotANumber() {
        assertThatThrownBy(() -> RuntimeEnvironment.from(Map.of("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "lots")))
                .hasMessage("Expected AWS_LAMBDA_FUNCTION_MEMORY_SIZE to be a whole number, found lots.");
    }

    @Test
    void outOfMemoryReportReleasesItsReserveAndNamesTheMemorySize() {
        OutOfMemoryReport report = new OutOfMemoryReport(512);

        ErrorReport error = report.report(new OutOfMemoryError("Metaspace"));

        assertThat(report.reserved()).isFalse();
        assertThat(error.errorType()).isEqualTo("Runtime.OutOfMemory");
        assertThat(error.errorMessage()).startsWith("The function ran out of memory (java.lang.OutOfMemoryError: "
                + "Metaspace) with a memory size of 512 MB. Increase the function's MemorySize");
    }
}
