package dojo.lambda;

import static dojo.lambda.StreamSetup.awaitProcessingResult;
import static dojo.lambda.StreamSetup.createFunction;
import static dojo.lambda.StreamSetup.dynamo;
import static dojo.lambda.StreamSetup.field;
import static dojo.lambda.StreamSetup.head;
import static dojo.lambda.StreamSetup.lines;
import static dojo.lambda.StreamSetup.map;
import static dojo.lambda.StreamSetup.put;
import static dojo.lambda.StreamSetup.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Stream mappings' rules in AWS's words, their batching window, and their position across a restart, a disable and a delete. */
class StreamMappingIT {
    @TempDir
    static Path data;

    static TestEngine engine;
    static LambdaClient lambda;
    static SqsClient sqs;
    static DynamoDbClient dynamo;

    @BeforeAll
    static void start() throws Exception {
        engine = TestEngine.start(data);
        lambda = engine.lambda();
        sqs = engine.sqs();
        dynamo = dynamo(engine);
        createFunction(lambda);
    }

    @AfterAll
    static void stop() {
        dynamo.close();
        sqs.close();
        lambda.close();
        engine.close();
    }

    @Test
    void invalidMappingsAreRejectedInAwsWords() {
        String arn = table(dynamo, "rules");
        assertThatThrownBy(() -> lambda.createEventSourceMapping(b -> b.functionName("streams").eventSourceArn(arn)))
                .isInstanceOf(software.amazon.awssdk.services.lambda.model.InvalidParameterValueException.class)
                .hasMessageStartingWith("1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: "
                        + "Member must not be null.");
        assertThatThrownBy(() -> map(lambda, arn, b -> b.startingPosition(EventSourcePosition.AT_TIMESTAMP)
                .startingPositionTimestamp(java.time.Instant.now())))
                .isInstanceOf(software.amazon.awssdk.services.lambda.model.InvalidParameterValueException.class)
                .hasMessageStartingWith("Unsupported starting position for arn type: " + arn);
        assertThatThrownBy(() -> map(lambda, arn, b -> b.maximumRetryAttempts(10_001)))
                .isInstanceOfSatisfying(software.amazon.awssdk.services.lambda.model.LambdaException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
                .hasMessageStartingWith("1 validation error detected: Value '10001' at 'maximumRetryAttempts' failed to satisfy "
                        + "constraint: Member must have value less than or equal to 10000");
        assertThatThrownBy(() -> map(lambda, arn, b -> b.maximumRecordAgeInSeconds(30)))
                .isInstanceOf(software.amazon.awssdk.services.lambda.model.InvalidParameterValueException.class)
                .hasMessageContaining("MaximumRecordAgeInSeconds must be -1");
        assertThatThrownBy(() -> map(lambda, arn, b -> b.batchSize(10_001)))
                .isInstanceOf(software.amazon.awssdk.services.lambda.model.InvalidParameterValueException.class)
                .hasMessageContaining("BatchSize must be between 1 and 10000");
        assertThatThrownBy(() -> map(lambda, arn, b -> b.destinationConfig(d -> d.onFailure(f -> f.destination(
                "arn:aws:sns:us-east-1:000000000000:topic")))))
                .isInstanceOf(software.amazon.awssdk.services.lambda.model.InvalidParameterValueException.class)
                .hasMessageContaining("DestinationConfig(onSuccess=null, onFailure=OnFailure(destination=arn:aws:sns:");
        assertThatThrownBy(() -> map(lambda, arn + "x", b -> {}))
                .isInstanceOf(software.amazon.awssdk.services.lambda.model.InvalidParameterValueException.class)
                .hasMessageStartingWith("Stream not found: " + arn + "x");
        String uuid = map(lambda, arn, b -> b.startingPosition(EventSourcePosition.LATEST)).uuid();
        assertThatThrownBy(() -> map(lambda, arn, b -> {}))
                .isInstanceOf(software.amazon.awssdk.services.lambda.model.ResourceConflictException.class)
                .hasMessageStartingWith("The event source arn (\" " + arn + " \") and function (\" streams \") provided mapping already "
                        + "exists. Please update or delete the existing mapping with UUID " + uuid);
        lambda.deleteEventSourceMapping(b -> b.uuid(uuid));
    }

    @Test
    void positionSurvivesARestartAndADisabledOrDeletedMappingDeliversNothing(@TempDir Path own) throws Exception {
        String uuid;
        try (TestEngine first = TestEngine.start(own); LambdaClient l = first.lambda(); DynamoDbClient d = dynamo(first)) {
            createFunction(l);
            String arn = table(d, "restart");
            uuid = map(l, arn, b -> b.startingPosition(EventSourcePosition.LATEST)).uuid();
            put(d, "restart", "r-1", 1, null);
            lines(first, "r-1", x -> !x.isEmpty());
            awaitProcessingResult(l, uuid, "OK");
        }
        try (TestEngine second = TestEngine.start(own); LambdaClient l = second.lambda(); DynamoDbClient d = dynamo(second)) {
            put(d, "restart", "r-2", 1, null);
            lines(second, "r-2", x -> !x.isEmpty());
            assertThat(l.updateEventSourceMapping(b -> b.uuid(uuid).enabled(false)).state()).isEqualTo("Disabling");
            put(d, "restart", "r-3", 1, null);
            Thread.sleep(1500);
            assertThat(lines(second, "r-3", x -> true)).isEmpty();
            l.updateEventSourceMapping(b -> b.uuid(uuid).enabled(true));
            lines(second, "r-3", x -> !x.isEmpty());
            l.deleteEventSourceMapping(b -> b.uuid(uuid));
            put(d, "restart", "r-4", 1, null);
            Thread.sleep(1500);
            assertThat(lines(second, "r-", x -> true)).extracting(x -> head(x).substring(7, 10)).containsExactly("r-1", "r-2", "r-3");
        }
    }

    @Test
    void batchingWindowGathersTheRecordsWrittenWithinItIntoOneBatch() throws Exception {
        String arn = table(dynamo, "window");
        String uuid = map(lambda, arn, b -> b.startingPosition(EventSourcePosition.LATEST).batchSize(10)
                .maximumBatchingWindowInSeconds(2)).uuid();
        long start = System.nanoTime();
        for (int i = 1; i <= 3; i++) {
            put(dynamo, "window", "w-" + i, 1, null);
        }
        List<String> lines = lines(engine, "w-", l -> l.size() >= 3);
        assertThat(System.nanoTime() - start).as("the window held the first record back").isGreaterThan(1_000_000_000L);
        assertThat(lines).extracting(l -> field(l, "batch")).containsExactly("3", "3", "3");
        lambda.deleteEventSourceMapping(b -> b.uuid(uuid));
    }

    @Test
    void updatingAStuckMappingsRetriesLetsItsShardMoveOnWithoutRunningTwoBatchesAtOnce() throws Exception {
        String arn = table(dynamo, "stuck");
        String dlq = StreamSetup.queue(sqs, "stuck-failures");
        put(dynamo, "stuck", "s-1", 1, "throw");
        put(dynamo, "stuck", "s-2", 1, null);
        String uuid = map(lambda, arn, b -> b.batchSize(1)).uuid();
        lines(engine, "s-1", l -> l.size() >= 2);
        lambda.updateEventSourceMapping(b -> b.uuid(uuid).maximumRetryAttempts(0)
                .destinationConfig(d -> d.onFailure(f -> f.destination(dlq))));
        List<String> lines = lines(engine, "s-", l -> l.stream().anyMatch(x -> x.startsWith("STREAM s-2 ")));
        List<String> tries = lines.stream().filter(l -> l.startsWith("STREAM s-1 ")).map(l -> field(l, "try")).toList();
        // one environment saw every try in turn: no two pollers of the mapping invoked at once
        assertThat(tries).isEqualTo(java.util.stream.IntStream.rangeClosed(1, tries.size()).mapToObj(Integer::toString).toList());
        assertThat(lines.get(lines.size() - 1)).startsWith("STREAM s-2 ");
        assertThat(StreamSetup.failureRecord(sqs, "stuck-failures").at("/requestContext/condition").asText())
                .isEqualTo("RetryAttemptsExhausted");
        lambda.deleteEventSourceMapping(b -> b.uuid(uuid));
    }
}
