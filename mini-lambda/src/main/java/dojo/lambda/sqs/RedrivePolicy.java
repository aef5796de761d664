package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** A queue's RedrivePolicy: after {@code maxReceiveCount} receives a message moves to the dead-letter queue. */
record RedrivePolicy(QueueAddress deadLetterTarget, String deadLetterTargetArn, int maxReceiveCount) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Null for "" (which removes the policy); else the policy, or InvalidAttributeValue saying what is wrong. */
    static RedrivePolicy parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        JsonNode n;
        try {
            n = JSON.readTree(value);
        } catch (IOException e) {
            throw invalid(value, "Redrive policy is not a valid JSON map.");
        }
        if (n == null || !n.isObject()) {
            throw invalid(value, "Redrive policy is not a valid JSON map.");
        }
        String arn = n.path("deadLetterTargetArn").asText(null);
        QueueAddress target = QueueAddress.fromArn(arn);
        if (target == null) {
            throw invalid(value, "Invalid value for deadLetterTargetArn: expected a queue ARN like "
                    + "arn:aws:sqs:us-east-1:000000000000:my-dlq (GetQueueAttributes QueueArn gives it).");
        }
        JsonNode count = n.path("maxReceiveCount");
        int max;
        try {
            max = count.isNumber() ? count.intValue() : Integer.parseInt(count.asText(""));
        } catch (NumberFormatException e) {
            max = -1;
        }
        if (max < 1 || max > 1000) {
            throw invalid(value, "Invalid value for maxReceiveCount: " + count + ", valid values are from 1 to 1000 both inclusive.");
        }
        return new RedrivePolicy(target, arn, max);
    }

    /** The policy as GetQueueAttributes shows it. */
    String json() {
        return "{\"deadLetterTargetArn\":\"" + deadLetterTargetArn + "\",\"maxReceiveCount\":" + maxReceiveCount + "}";
    }

    private static SqsException invalid(String value, String reason) {
        return new SqsException(SqsError.InvalidAttributeValue, "Value " + value + " for parameter RedrivePolicy is invalid. Reason: " + reason);
    }
}
