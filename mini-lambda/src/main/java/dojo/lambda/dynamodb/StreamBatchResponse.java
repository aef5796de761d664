package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Reads a stream handler's partial batch response ({@code {"batchItemFailures":[{"itemIdentifier":
 * "<SequenceNumber>"}]}}) with AWS's rules: no response, null, {@code {}}, or a null or empty list
 * mean the batch succeeded; invalid JSON, or an itemIdentifier that is missing, empty or not the
 * sequence number of a record in the batch, mean the whole batch failed.
 */
final class StreamBatchResponse {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamBatchResponse() {}

    /** The lowest sequence number to retry from, or null when every record succeeded. */
    static BigInteger firstFailed(byte[] payload, List<StreamRecord> batch) {
        BigInteger all = batch.get(0).sequenceNumber();
        JsonNode root;
        try {
            root = payload.length == 0 ? null : JSON.readTree(payload);
        } catch (IOException e) {
            return all;
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return null;
        }
        if (!root.isObject()) {
            return all;
        }
        JsonNode failures = root.get("batchItemFailures");
        if (failures == null || failures.isNull()) {
            return null;
        }
        if (!failures.isArray()) {
            return all;
        }
        BigInteger lowest = null;
        for (JsonNode f : failures) {
            BigInteger seq = sequence(f.path("itemIdentifier").asText(""));
            if (seq == null || batch.stream().noneMatch(r -> r.sequenceNumber().equals(seq))) {
                return all;
            }
            lowest = lowest == null ? seq : lowest.min(seq);
        }
        return lowest;
    }

    private static BigInteger sequence(String text) {
        try {
            return text.isEmpty() ? null : new BigInteger(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
