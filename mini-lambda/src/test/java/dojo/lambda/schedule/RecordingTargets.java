package dojo.lambda.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Keeps every event the scheduler hands to a target; an ARN ending in "broken" refuses. */
final class RecordingTargets implements TargetInvoker {
    record Delivery(String accountId, String arn, JsonNode event) {}

    final List<Delivery> deliveries = new ArrayList<>();

    @Override
    public void invoke(String accountId, String targetArn, byte[] event) {
        if (targetArn.endsWith("broken")) {
            throw new IllegalStateException("function broken is gone");
        }
        try {
            deliveries.add(new Delivery(accountId, targetArn, new ObjectMapper().readTree(event)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
