package dojo.lambda.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.esm.MappingSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamMappingRulesTest {
    private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/2026-01-01T00:00:00.000";
    private static final MappingSettings TRIM = new MappingSettings(null, null, null, null, "TRIM_HORIZON", null, null, null, null, null, null);

    private static MappingSettings with(Integer retries, Integer age, Integer parallel, String destination) {
        return new MappingSettings(null, null, null, null, "LATEST", null, retries, null, age, parallel, destination);
    }

    private static void rejected(MappingSettings s, ErrorType type, String message) {
        assertThatThrownBy(() -> StreamMappingRules.settle(ARN, s)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.type()).isEqualTo(type)).hasMessage(message);
    }

    @Test
    void defaultsAreAwssForStreams() {
        MappingSettings s = StreamMappingRules.settle(ARN, TRIM);
        assertThat(s).isEqualTo(new MappingSettings(100, 0, List.of(), null, "TRIM_HORIZON", null, -1, false, -1, 1, null));
    }

    @Test
    void startingPositionIsRequiredAndMustBeTrimHorizonOrLatest() {
        rejected(MappingSettings.NONE, ErrorType.InvalidParameterValueException,
                "1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null.");
        rejected(new MappingSettings(null, null, null, null, "AT_TIMESTAMP", null, null, null, null, null, null),
                ErrorType.InvalidParameterValueException, "Unsupported starting position for arn type: " + ARN
                        + ". A DynamoDB stream starts at TRIM_HORIZON or LATEST.");
        rejected(new MappingSettings(null, null, null, null, "OLDEST", null, null, null, null, null, null), ErrorType.ValidationException,
                "1 validation error detected: Value 'OLDEST' at 'startingPosition' failed to satisfy constraint: Member must satisfy "
                        + "enum value set: [LATEST, AT_TIMESTAMP, TRIM_HORIZON]");
    }

    @Test
    void retriesAgeAndParallelizationMustBeInAwssRanges() {
        rejected(with(10_001, null, null, null), ErrorType.ValidationException, "1 validation error detected: Value '10001' at "
                + "'maximumRetryAttempts' failed to satisfy constraint: Member must have value less than or equal to 10000");
        rejected(with(-2, null, null, null), ErrorType.ValidationException, "1 validation error detected: Value '-2' at "
                + "'maximumRetryAttempts' failed to satisfy constraint: Member must have value greater than or equal to -1");
        rejected(with(null, 30, null, null), ErrorType.InvalidParameterValueException, "MaximumRecordAgeInSeconds must be -1 (no limit "
                + "but the stream's 24 hour retention) or between 60 and 604800, found 30.");
        rejected(with(null, null, 11, null), ErrorType.ValidationException, "1 validation error detected: Value '11' at "
                + "'parallelizationFactor' failed to satisfy constraint: Member must have value less than or equal to 10");
        assertThat(StreamMappingRules.settle(ARN, with(10_000, 604_800, 1, null)).maximumRetryAttempts()).isEqualTo(10_000);
    }

    @Test
    void onFailureDestinationMustBeAQueue() {
        rejected(with(null, null, null, "arn:aws:sns:us-east-1:000000000000:topic"), ErrorType.InvalidParameterValueException,
                "The provided destination config DestinationConfig(onSuccess=null, onFailure=OnFailure(destination="
                        + "arn:aws:sns:us-east-1:000000000000:topic)) is invalid. This engine sends discarded stream batches to an SQS "
                        + "queue: give the queue's ARN (arn:aws:sqs:us-east-1:<account>:<queue>).");
        assertThat(StreamMappingRules.settle(ARN, with(null, null, null, "arn:aws:sqs:us-east-1:000000000000:dlq")).onFailureDestination())
                .isEqualTo("arn:aws:sqs:us-east-1:000000000000:dlq");
    }
}
