package dojo.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorReportTest {
    @Test
    void writesTheAwsErrorShape() {
        ErrorReport report = new ErrorReport("bad \"input\"\n", "java.lang.IllegalStateException",
                List.of("example.Hello.handleRequest(Hello.java:12)"));

        assertThat(report.toJson()).isEqualTo("{\"errorMessage\":\"bad \\\"input\\\"\\n\","
                + "\"errorType\":\"java.lang.IllegalStateException\","
                + "\"stackTrace\":[\"example.Hello.handleRequest(Hello.java:12)\"]}");
    }

    @Test
    void reportsAThrowableByItsMessageAndClass() {
        ErrorReport report = ErrorReport.of(new IllegalArgumentException("quantity must be positive"));

        assertThat(report.errorMessage()).isEqualTo("quantity must be positive");
        assertThat(report.errorType()).isEqualTo("java.lang.IllegalArgumentException");
    }

    @Test
    void usesTheClassNameWhenAThrowableHasNoMessage() {
        ErrorReport report = ErrorReport.of(new NullPointerException());

        assertThat(report.errorMessage()).isEqualTo("java.lang.NullPointerException");
    }

    @Test
    void writesAnEmptyTraceAsAnEmptyArray() {
        assertThat(new ErrorReport("m", "t", List.of()).toJson())
                .isEqualTo("{\"errorMessage\":\"m\",\"errorType\":\"t\",\"stackTrace\":[]}");
    }
}
