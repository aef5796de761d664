package dojo.lambda.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LogFormatTest {
    private static final String ID = "8f5c3a52-1d9e-4a0b-9e6c-2f1e7d3c4b5a";

    @Test
    void startAndEndLinesNameTheRequestAndVersion() {
        assertThat(LogFormat.start(ID)).isEqualTo("START RequestId: 8f5c3a52-1d9e-4a0b-9e6c-2f1e7d3c4b5a Version: $LATEST");
        assertThat(LogFormat.end(ID)).isEqualTo("END RequestId: 8f5c3a52-1d9e-4a0b-9e6c-2f1e7d3c4b5a");
    }

    @Test
    void warmReportLineEndsWithATabAsCloudWatchShowsIt() {
        assertThat(LogFormat.report(ReportLine.of(ID, 12.34, 13, 512, 87, 0)))
                .isEqualTo("REPORT RequestId: 8f5c3a52-1d9e-4a0b-9e6c-2f1e7d3c4b5a\tDuration: 12.34 ms"
                        + "\tBilled Duration: 13 ms\tMemory Size: 512 MB\tMax Memory Used: 87 MB\t");
    }

    @Test
    void coldReportLineAddsInitDurationAfterMaxMemoryUsed() {
        assertThat(LogFormat.report(ReportLine.of(ID, 12.34, 247, 512, 87, 234.56)))
                .isEqualTo("REPORT RequestId: 8f5c3a52-1d9e-4a0b-9e6c-2f1e7d3c4b5a\tDuration: 12.34 ms"
                        + "\tBilled Duration: 247 ms\tMemory Size: 512 MB\tMax Memory Used: 87 MB"
                        + "\tInit Duration: 234.56 ms\t");
    }

    @Test
    void timedOutReportLineEndsWithItsStatus() {
        assertThat(LogFormat.report(ReportLine.of(ID, 3000, 3000, 128, 64, 0).timedOut()))
                .isEqualTo("REPORT RequestId: 8f5c3a52-1d9e-4a0b-9e6c-2f1e7d3c4b5a\tDuration: 3000.00 ms"
                        + "\tBilled Duration: 3000 ms\tMemory Size: 128 MB\tMax Memory Used: 64 MB\tStatus: timeout");
    }

    @Test
    void crashedReportLineNamesTheErrorType() {
        assertThat(LogFormat.report(ReportLine.of(ID, 10935.7, 11400, 1024, 1024, 464.2).failed("Runtime.OutOfMemory")))
                .isEqualTo("REPORT RequestId: 8f5c3a52-1d9e-4a0b-9e6c-2f1e7d3c4b5a\tDuration: 10935.70 ms"
                        + "\tBilled Duration: 11400 ms\tMemory Size: 1024 MB\tMax Memory Used: 1024 MB"
                        + "\tInit Duration: 464.20 ms\tStatus: error\tError Type: Runtime.OutOfMemory");
    }

    @Test
    void timeoutLineHasAMillisecondUtcTimestampAndTwoDecimalSeconds() {
        assertThat(LogFormat.timeout(Instant.parse("2026-11-23T10:15:30Z"), ID, 3))
                .isEqualTo("2026-11-23T10:15:30.000Z 8f5c3a52-1d9e-4a0b-9e6c-2f1e7d3c4b5a Task timed out after 3.00 seconds");
        assertThat(LogFormat.timeout(Instant.parse("2026-11-23T10:15:30.123456Z"), ID, 900))
                .startsWith("2026-11-23T10:15:30.123Z ")
                .endsWith(" Task timed out after 900.00 seconds");
    }

    @Test
    void numbersUseADotWhateverTheHostLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(LogFormat.report(ReportLine.of(ID, 1.5, 2, 128, 40, 0))).contains("\tDuration: 1.50 ms\t");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void streamNameIsTheUtcDateVersionAndEnvironmentIdAsHex() {
        UUID environment = UUID.fromString("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0");

        assertThat(LogFormat.streamName(Instant.parse("2026-11-23T23:59:59Z"), environment))
                .isEqualTo("2026/11/23/[$LATEST]0b1c2d3e4f5061728394a5b6c7d8e9f0");
        assertThat(LogFormat.newStreamName(Instant.parse("2026-01-02T00:00:00Z")))
                .matches("2026/01/02/\\[\\$LATEST\\][0-9a-f]{32}");
    }

    @Test
    void reportStatusOutsideLambdasVocabularyIsRejected() {
        assertThatThrownBy(() -> new ReportLine(ID, 1, 1, 128, 1, 0, "crashed", null))
                .hasMessage("Expected status null, 'timeout' or 'error' as Lambda reports it, found 'crashed'");
    }
}
