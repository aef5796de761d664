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
import static dojo.lambda.StreamSetup.failureRecord;
import static dojo.lambda.StreamSetup.queue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.lambda.model.FunctionResponseType;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Table streams feeding a typed DynamodbEvent handler through event source mappings, driven from
 * outside with the AWS SDK: AWS's event, order, batches, a failing batch blocking its shard,
 * retries ending on the on-failure queue, bisection, partial batch responses.
 */
class StreamEventSourceIT {
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
    void typedHandlerGetsEveryChangeInOrderInBatchesOfTheMappingsSize() throws Exception {
        String arn = table(dynamo, "orders");
        put(dynamo, "orders", "o-a", 1, null);
        put(dynamo, "orders", "o-b", 1, null);
        put(dynamo, "orders", "o-a", 2, null);
        put(dynamo, "orders", "o-b", 2, null);
        dynamo.deleteItem(b -> b.tableName("orders").key(Map.of("id", AttributeValue.fromS("o-a"))));
        put(dynamo, "orders", "o-c", 1, null);
        put(dynamo, "orders", "o-b", 3, null);
        CreateEventSourceMappingResponse created = map(lambda, arn, b -> b.batchSize(3));
        assertThat(created.state()).isEqualTo("Creating");
        assertThat(created.startingPosition()).isEqualTo(EventSourcePosition.TRIM_HORIZON);
        assertThat(created.batchSize()).isEqualTo(3);
        assertThat(created.maximumBatchingWindowInSeconds()).isZero();
        assertThat(created.maximumRetryAttempts()).isEqualTo(-1);
        assertThat(created.maximumRecordAgeInSeconds()).isEqualTo(-1);
        assertThat(created.bisectBatchOnFunctionError()).isFalse();
        assertThat(created.parallelizationFactor()).isEqualTo(1);

        List<String> lines = lines(engine, "o-", l -> l.size() >= 7);
        assertThat(lines).extracting(StreamSetup::head).containsExactly("STREAM o-a INSERT v=1 old=null",
                "STREAM o-b INSERT v=1 old=null", "STREAM o-a MODIFY v=2 old=1", "STREAM o-b MODIFY v=2 old=1",
                "STREAM o-a REMOVE v=null old=2", "STREAM o-c INSERT v=1 old=null", "STREAM o-b MODIFY v=3 old=2");
        assertThat(lines).extracting(l -> field(l, "batch")).containsExactly("3", "3", "3", "3", "3", "3", "1");
        assertThat(lines).extracting(l -> field(l, "try")).containsOnly("1");
        assertThat(lines).extracting(l -> new BigInteger(field(l, "seq"))).isSorted();
        String first = lines.get(0);
        assertThat(first).contains(" source=aws:dynamodb version=1.1 region=us-east-1 arn=" + arn + " view=NEW_AND_OLD_IMAGES ");
        assertThat(Long.parseLong(field(first, "size"))).isPositive();
        long created0 = Long.parseLong(field(first, "created"));
        assertThat(created0 % 1000).isZero();
        assertThat(created0).isBetween(System.currentTimeMillis() - 120_000, System.currentTimeMillis());
        awaitProcessingResult(lambda, created.uuid(), "OK");
    }

    @Test
    void failingBatchBlocksItsShardUntilItSucceeds() throws Exception {
        String arn = table(dynamo, "blocking");
        put(dynamo, "blocking", "k-1", 1, "fail2");
        put(dynamo, "blocking", "k-2", 1, null);
        put(dynamo, "blocking", "k-3", 1, null);
        map(lambda, arn, b -> b.batchSize(1));
        List<String> lines = lines(engine, "k-", l -> l.size() >= 5);
        assertThat(lines).extracting(l -> field(l.replace("STREAM ", "STREAM id="), "id") + "#" + field(l, "try"))
                .containsExactly("k-1#1", "k-1#2", "k-1#3", "k-2#1", "k-3#1");
    }

    @Test
    void exhaustedRetriesSendAFailureRecordToTheQueueAndTheShardMovesOn() throws Exception {
        String arn = table(dynamo, "poison");
        String dlq = queue(sqs, "poison-failures");
        put(dynamo, "poison", "x-1", 1, "throw");
        put(dynamo, "poison", "x-2", 1, null);
        map(lambda, arn, b -> b.batchSize(1).maximumRetryAttempts(1).destinationConfig(d -> d.onFailure(f -> f.destination(dlq))));
        List<String> lines = lines(engine, "x-", l -> l.stream().anyMatch(x -> x.startsWith("STREAM x-2 ")));
        assertThat(lines).extracting(l -> head(l).substring(7, 10) + "#" + field(l, "try")).containsExactly("x-1#1", "x-1#2", "x-2#1");
        JsonNode failure = failureRecord(sqs, "poison-failures");
        assertThat(failure.at("/requestContext/condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(failure.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(2);
        assertThat(failure.at("/requestContext/functionArn").asText()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:streams");
        assertThat(failure.at("/requestContext/requestId").asText()).isNotEmpty();
        assertThat(failure.at("/responseContext/statusCode").asInt()).isEqualTo(200);
        assertThat(failure.at("/responseContext/executedVersion").asText()).isEqualTo("$LATEST");
        assertThat(failure.at("/responseContext/functionError").asText()).isEqualTo("Unhandled");
        assertThat(failure.at("/version").asText()).isEqualTo("1.0");
        assertThat(failure.at("/timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        JsonNode info = failure.get("DDBStreamBatchInfo");
        String seq = field(lines.get(0), "seq");
        assertThat(info.get("startSequenceNumber").asText()).isEqualTo(seq);
        assertThat(info.get("endSequenceNumber").asText()).isEqualTo(seq);
        assertThat(info.get("batchSize").asInt()).isEqualTo(1);
        assertThat(info.get("streamArn").asText()).isEqualTo(arn);
        assertThat(info.get("shardId").asText()).matches("shardId-\\d{20}-[0-9a-f]{8}");
        assertThat(info.get("approximateArrivalOfFirstRecord").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void bisectIsolatesThePoisonRecordAndOnlyItGoesToTheFailureQueue() throws Exception {
        String arn = table(dynamo, "bisect");
        String dlq = queue(sqs, "bisect-failures");
        put(dynamo, "bisect", "b-1", 1, null);
        put(dynamo, "bisect", "b-2", 1, null);
        put(dynamo, "bisect", "b-3", 1, "throw");
        put(dynamo, "bisect", "b-4", 1, null);
        map(lambda, arn, b -> b.batchSize(4).bisectBatchOnFunctionError(true).maximumRetryAttempts(0)
                .destinationConfig(d -> d.onFailure(f -> f.destination(dlq))));
        List<String> lines = lines(engine, "b-", l -> l.stream().anyMatch(x -> x.startsWith("STREAM b-4 ")));
        // [1 2 3 4] fails at 3, [1 2] passes, [3 4] fails at 3, [3] fails alone and is discarded, [4] passes
        assertThat(lines).extracting(l -> head(l).substring(7, 10) + "/" + field(l, "batch")).containsExactly(
                "b-1/4", "b-2/4", "b-3/4", "b-1/2", "b-2/2", "b-3/2", "b-3/1", "b-4/1");
        JsonNode info = failureRecord(sqs, "bisect-failures").get("DDBStreamBatchInfo");
        String poison = field(lines.get(2), "seq");
        assertThat(info.get("batchSize").asInt()).isEqualTo(1);
        assertThat(info.get("startSequenceNumber").asText()).isEqualTo(poison);
        assertThat(info.get("endSequenceNumber").asText()).isEqualTo(poison);
    }

    @Test
    void partialBatchResponseResumesFromTheLowestFailedRecord() throws Exception {
        String arn = table(dynamo, "partial");
        put(dynamo, "partial", "p-1", 1, null);
        put(dynamo, "partial", "p-2", 1, null);
        put(dynamo, "partial", "p-3", 1, "report1");
        put(dynamo, "partial", "p-4", 1, null);
        map(lambda, arn, b -> b.batchSize(4).functionResponseTypes(FunctionResponseType.REPORT_BATCH_ITEM_FAILURES));
        List<String> lines = lines(engine, "p-", l -> l.size() >= 6);
        assertThat(lines).extracting(l -> head(l).substring(7, 10) + "/" + field(l, "batch") + "#" + field(l, "try"))
                .containsExactly("p-1/4#1", "p-2/4#1", "p-3/4#1", "p-4/4#1", "p-3/2#2", "p-4/2#2");
    }
}
