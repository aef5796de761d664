package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** The JSON Lambda sends for table streams: the DynamoDB event a function gets, and the failure record of a discarded batch. */
final class StreamEventJson {
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private StreamEventJson() {}

    /** AWS's DynamoDB stream event: {@code {"Records":[...]}}, each record as GetRecords shows it plus {@code eventSourceARN}. */
    static ObjectNode event(List<StreamRecord> batch, String region, String streamArn) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        ArrayNode records = event.putArray("Records");
        for (StreamRecord r : batch) {
            records.add(r.json(region).put("eventSourceARN", streamArn));
        }
        return event;
    }

    /** How many of {@code batch}'s first records fit in an event of at most {@code maxBytes} (at least one). */
    static int fitting(List<StreamRecord> batch, String region, int maxBytes) {
        long bytes = 16;
        for (int i = 0; i < batch.size(); i++) {
            // eventSourceARN adds about as much as the stream ARN's length; 256 bytes covers it
            bytes += batch.get(i).json(region).toString().getBytes(StandardCharsets.UTF_8).length + 256;
            if (bytes > maxBytes) {
                return Math.max(1, i);
            }
        }
        return batch.size();
    }

    static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The record Lambda sends to a stream mapping's on-failure destination: metadata of the
     * discarded records (not the records themselves), in AWS's shape with {@code DDBStreamBatchInfo}.
     */
    static ObjectNode failure(ShardDelivery.Discarded d, String functionArn, String shardId, String streamArn, Instant now) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ShardDelivery.Attempt last = d.last();
        out.putObject("requestContext")
                .put("requestId", last != null && last.requestId() != null ? last.requestId() : UUID.randomUUID().toString())
                .put("functionArn", functionArn).put("condition", d.condition()).put("approximateInvokeCount", d.invokeCount());
        if (last != null) {
            ObjectNode response = out.putObject("responseContext").put("statusCode", 200).put("executedVersion", "$LATEST");
            if (last.functionError() != null) {
                response.put("functionError", last.functionError());
            }
        }
        out.put("version", "1.0").put("timestamp", MILLIS.format(now));
        StreamRecord first = d.records().get(0);
        StreamRecord end = d.records().get(d.records().size() - 1);
        out.putObject("DDBStreamBatchInfo").put("shardId", shardId).put("startSequenceNumber", first.sequence())
                .put("endSequenceNumber", end.sequence()).put("approximateArrivalOfFirstRecord", SECONDS.format(first.created()))
                .put("approximateArrivalOfLastRecord", SECONDS.format(end.created())).put("batchSize", d.records().size())
                .put("streamArn", streamArn);
        return out;
    }
}
