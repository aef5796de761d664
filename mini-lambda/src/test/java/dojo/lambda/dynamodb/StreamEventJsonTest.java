package dojo.lambda.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamEventJsonTest {
    private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/2026-01-01T00:00:00.000";

    private static StreamRecord record(int seq, String at) {
        return StreamRecord.of("e" + seq, BigInteger.valueOf(seq), Instant.parse(at), Map.of("id", new Value.S("k")), null,
                Map.of("id", new Value.S("k"), "n", new Value.N(java.math.BigDecimal.ONE)), "NEW_IMAGE");
    }

    @Test
    void eventHasAwssRecordsWithTheirEventSourceArn() {
        var json = StreamEventJson.event(List.of(record(7, "2026-03-01T12:00:00.250Z")), "us-east-1", ARN);
        assertThat(tree(json.toString())).isEqualTo(tree("{\"Records\":[{\"eventID\":\"e7\",\"eventName\":\"INSERT\",\"eventVersion\":\"1.1\","
                + "\"eventSource\":\"aws:dynamodb\",\"awsRegion\":\"us-east-1\",\"dynamodb\":{\"ApproximateCreationDateTime\":1772366400,"
                + "\"Keys\":{\"id\":{\"S\":\"k\"}},\"NewImage\":{\"id\":{\"S\":\"k\"},\"n\":{\"N\":\"1\"}},\"SequenceNumber\":\"7\","
                + "\"SizeBytes\":" + record(7, "2026-03-01T12:00:00Z").sizeBytes() + ",\"StreamViewType\":\"NEW_IMAGE\"},"
                + "\"eventSourceARN\":\"" + ARN + "\"}]}"));
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void failureRecordDescribesTheDiscardedBatchAsAwsDoes() {
        var last = new ShardDelivery.Attempt(ShardDelivery.Verdict.FAILED, null, "req-1", "Unhandled", null);
        var d = new ShardDelivery.Discarded(List.of(record(7, "2026-03-01T12:00:00.250Z"), record(9, "2026-03-01T12:00:05Z")),
                "RetryAttemptsExhausted", 3, last);
        String json = StreamEventJson.failure(d, "arn:aws:lambda:us-east-1:000000000000:function:f", "shardId-1", ARN,
                Instant.parse("2026-03-01T12:01:00.123Z")).toString();
        assertThat(json).isEqualTo("{\"requestContext\":{\"requestId\":\"req-1\",\"functionArn\":\"arn:aws:lambda:us-east-1:000000000000:"
                + "function:f\",\"condition\":\"RetryAttemptsExhausted\",\"approximateInvokeCount\":3},\"responseContext\":{\"statusCode\":200,"
                + "\"executedVersion\":\"$LATEST\",\"functionError\":\"Unhandled\"},\"version\":\"1.0\",\"timestamp\":\"2026-03-01T12:01:00.123Z\","
                + "\"DDBStreamBatchInfo\":{\"shardId\":\"shardId-1\",\"startSequenceNumber\":\"7\",\"endSequenceNumber\":\"9\","
                + "\"approximateArrivalOfFirstRecord\":\"2026-03-01T12:00:00Z\",\"approximateArrivalOfLastRecord\":\"2026-03-01T12:00:05Z\","
                + "\"batchSize\":2,\"streamArn\":\"" + ARN + "\"}}");
    }

    @Test
    void batchIsCutWhereTheEventWouldPassTheSizeLimit() {
        List<StreamRecord> batch = List.of(record(1, "2026-03-01T12:00:00Z"), record(2, "2026-03-01T12:00:00Z"), record(3, "2026-03-01T12:00:00Z"));
        int one = batch.get(0).json("us-east-1").toString().length() + 256;
        assertThat(StreamEventJson.fitting(batch, "us-east-1", 16 + 2 * one)).isEqualTo(2);
        assertThat(StreamEventJson.fitting(batch, "us-east-1", 10)).isEqualTo(1);
        assertThat(StreamEventJson.fitting(batch, "us-east-1", 1_000_000)).isEqualTo(3);
    }
}
