package dojo.lambda.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamBatchResponseTest {
    private static final List<StreamRecord> BATCH = List.of(record(11), record(12), record(13));

    private static StreamRecord record(int seq) {
        return StreamRecord.of("e" + seq, BigInteger.valueOf(seq), Instant.EPOCH, Map.of("id", new Value.S("k")), null,
                Map.of("id", new Value.S("k")), "KEYS_ONLY");
    }

    private static BigInteger firstFailed(String payload) {
        return StreamBatchResponse.firstFailed(payload.getBytes(StandardCharsets.UTF_8), BATCH);
    }

    @Test
    void noResponseNullEmptyObjectOrEmptyListMeanTheBatchSucceeded() {
        for (String ok : List.of("", "null", "{}", "{\"batchItemFailures\":null}", "{\"batchItemFailures\":[]}")) {
            assertThat(firstFailed(ok)).as(ok).isNull();
        }
    }

    @Test
    void namedFailuresRetryFromTheLowestSequenceNumber() {
        assertThat(firstFailed("{\"batchItemFailures\":[{\"itemIdentifier\":\"13\"},{\"itemIdentifier\":\"12\"}]}"))
                .isEqualTo(BigInteger.valueOf(12));
    }

    @Test
    void malformedResponsesFailTheWholeBatch() {
        for (String bad : List.of("{not json", "\"done\"", "{\"batchItemFailures\":[{}]}", "{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}",
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"99\"}]}", "{\"batchItemFailures\":[{\"itemIdentifier\":\"abc\"}]}")) {
            assertThat(firstFailed(bad)).as(bad).isEqualTo(BigInteger.valueOf(11));
        }
    }
}
