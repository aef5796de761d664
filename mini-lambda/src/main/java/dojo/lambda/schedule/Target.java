package dojo.lambda.schedule;

import java.util.Objects;

/**
 * Where a rule sends its events: a Lambda function ARN, with {@code input} (JSON text sent
 * verbatim instead of the Scheduled Event) or null.
 */
record Target(String id, String arn, String input) {
    Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(arn, "arn");
    }
}
