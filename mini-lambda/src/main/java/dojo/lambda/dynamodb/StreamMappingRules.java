package dojo.lambda.dynamodb;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.esm.MappingSettings;
import java.util.List;

/**
 * AWS's rules for event source mappings that read a DynamoDB stream, and its defaults for them:
 * BatchSize 100, MaximumBatchingWindowInSeconds 0, MaximumRetryAttempts -1 and
 * MaximumRecordAgeInSeconds -1 (no limit but the stream's retention), BisectBatchOnFunctionError
 * false, ParallelizationFactor 1. The checks every kind shares (BatchSize 1 to 10000, the batching
 * window, FunctionResponseTypes) have run before.
 */
final class StreamMappingRules {
    private StreamMappingRules() {}

    static MappingSettings settle(String streamArn, MappingSettings s) {
        String position = s.startingPosition();
        if (position == null) {
            throw invalid("1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null.");
        }
        switch (position) {
            case "TRIM_HORIZON", "LATEST" -> {
                if (s.startingPositionTimestamp() != null) {
                    throw invalid("StartingPositionTimestamp is only valid with StartingPosition AT_TIMESTAMP, which DynamoDB streams "
                            + "do not support. Leave StartingPositionTimestamp out.");
                }
            }
            case "AT_TIMESTAMP" -> throw invalid("Unsupported starting position for arn type: " + streamArn
                    + ". A DynamoDB stream starts at TRIM_HORIZON or LATEST.");
            default -> throw model("1 validation error detected: Value '" + position + "' at 'startingPosition' failed to satisfy "
                    + "constraint: Member must satisfy enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]");
        }
        if (s.maximumConcurrency() != null) {
            throw invalid("Unsupported ScalingConfig for a DynamoDB stream: ScalingConfig.MaximumConcurrency applies to SQS event "
                    + "sources only. Leave ScalingConfig out.");
        }
        range("maximumRetryAttempts", s.maximumRetryAttempts(), -1, 10_000);
        range("maximumRecordAgeInSeconds", s.maximumRecordAgeInSeconds(), -1, 604_800);
        Integer age = s.maximumRecordAgeInSeconds();
        if (age != null && age >= 0 && age < 60) {
            throw invalid("MaximumRecordAgeInSeconds must be -1 (no limit but the stream's 24 hour retention) or between 60 and "
                    + "604800, found " + age + ".");
        }
        range("parallelizationFactor", s.parallelizationFactor(), 1, 10);
        if (s.parallelizationFactor() != null && s.parallelizationFactor() != 1) {
            throw invalid("This engine reads each shard with ParallelizationFactor 1, found " + s.parallelizationFactor()
                    + ". Leave ParallelizationFactor out or set it to 1.");
        }
        String destination = s.onFailureDestination();
        if (destination != null && !destination.startsWith("arn:aws:sqs:")) {
            throw invalid("The provided destination config DestinationConfig(onSuccess=null, onFailure=OnFailure(destination="
                    + destination + ")) is invalid. This engine sends discarded stream batches to an SQS queue: give the queue's "
                    + "ARN (arn:aws:sqs:us-east-1:<account>:<queue>).");
        }
        return new MappingSettings(s.batchSize() == null ? 100 : s.batchSize(),
                s.maximumBatchingWindowInSeconds() == null ? 0 : s.maximumBatchingWindowInSeconds(),
                s.functionResponseTypes() == null ? List.of() : s.functionResponseTypes(), null, position, null,
                s.maximumRetryAttempts() == null ? -1 : s.maximumRetryAttempts(),
                s.bisectBatchOnFunctionError() != null && s.bisectBatchOnFunctionError(),
                s.maximumRecordAgeInSeconds() == null ? -1 : s.maximumRecordAgeInSeconds(), 1, destination);
    }

    private static void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw model("1 validation error detected: Value '" + value + "' at '" + field + "' failed to satisfy constraint: Member "
                    + "must have value " + (value < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
    }

    private static ApiException invalid(String message) {
        return new ApiException(ErrorType.InvalidParameterValueException, message);
    }

    /** AWS answers violations of its request model's constraints with ValidationException. */
    private static ApiException model(String message) {
        return new ApiException(ErrorType.ValidationException, message);
    }
}
