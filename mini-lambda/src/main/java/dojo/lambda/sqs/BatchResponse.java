package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a partial batch response ({@code {"batchItemFailures":[{"itemIdentifier":"<messageId>"}]}})
 * with AWS's rules: no response, null, {@code {}} or an empty list mean all succeeded; invalid JSON,
 * a missing, empty or unknown itemIdentifier mean the whole batch failed.
 */
final class BatchResponse {
    private BatchResponse() {}

    /** The message ids to retry. */
    static Set<String> failures(byte[] payload, List<Delivery> batch) {
        Set<String> all = new HashSet<>();
        batch.forEach(d -> all.add(d.content().messageId()));
        JsonNode root;
        try {
            root = payload.length == 0 ? null : JournalCodec.JSON.readTree(payload);
        } catch (IOException e) {
            return all;
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return Set.of();
        }
        if (!root.isObject()) {
            return all;
        }
        JsonNode failures = root.get("batchItemFailures");
        if (failures == null || failures.isNull()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (JsonNode f : failures) {
            String id = f.path("itemIdentifier").asText("");
            if (id.isEmpty() || !all.contains(id)) {
                return all;
            }
            out.add(id);
        }
        return out;
    }
}
