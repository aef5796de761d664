package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.logs.LogEvent;
import fixtures.StreamRecorder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingRequest;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.lambda.model.FunctionResponseType;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Table streams feeding a function through event source mappings, driven from outside with the AWS
 * SDK: AWS's DynamoDB event in a typed handler, order, batches, a failing batch blocking its shard,
 * retries ending on the on-failure queue, bisection, partial batch responses, AWS's validation,
 * and the position surviving a restart.
 */
class StreamEventSourceIT {
    static final String ACCOUNT = "000000000000";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    static TestEngine engine;
    static LambdaClient lambda;
    static SqsClient sqs;
    static DynamoDbClient dynamo;

    @BeforeAll
    static void start() {
        try {
            engine = TestEngine.start(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    static DynamoDbClient dynamo(TestEngine t) {
        return DynamoDbClient.builder().endpointOverride(URI.create(t.engine.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    static void createFunction(LambdaClient client) {
        byte[] zip = LambdaPackages.withLibraries(StreamRecorder.class, LambdaPackages.EVENTS);
        client.createFunction(b -> b.functionName("streams").runtime(Runtime.JAVA17).handler(StreamRecorder.class.getName()
                + "::handleRequest").role("arn:aws:iam::000000000000:role/r").memorySize(512).timeout(5)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
    }

    static String table(DynamoDbClient client, String name) {
        return client.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)))
                .tableDescription().latestStreamArn();
    }

    static void put(DynamoDbClient client, String table, String id, int v, String mode) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of("id", AttributeValue.fromS(id), "v", AttributeValue.fromN(Integer.toString(v))));
        if (mode != null) {
            item.put("mode", AttributeValue.fromS(mode));
        }
        client.putItem(b -> b.tableName(table).item(item));
    }

    static String queue(String name) {
        sqs.createQueue(b -> b.queueName(name));
        return "arn:aws:sqs:us-east-1:" + ACCOUNT + ":" + name;
    }

    static CreateEventSourceMappingResponse map(LambdaClient client, String streamArn, Consumer<CreateEventSourceMappingRequest.Builder> more) {
        return client.createEventSourceMapping(b -> {
            b.functionName("streams").eventSourceArn(streamArn).startingPosition(EventSourcePosition.TRIM_HORIZON);
            more.accept(b);
        });
    }

    /** Waits for STREAM lines of records whose id starts with {@code prefix} until {@code done} holds for them. */
    static List<String> lines(TestEngine t, String prefix, Predicate<List<String>> done) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<String> lines = List.of();
        while (System.nanoTime() < end) {
            lines = t.engine.logs().read(ACCOUNT, "streams", 0, 10_000).events().stream().map(LogEvent::message)
                    .filter(m -> m.startsWith("STREAM " + prefix)).toList();
            if (done.test(lines)) {
                return lines;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for stream records " + prefix + "; have " + lines);
    }

    static void awaitProcessingResult(LambdaClient client, String uuid, String result) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!result.equals(client.getEventSourceMapping(b -> b.uuid(uuid)).lastProcessingResult())) {
            assertThat(System.nanoTime()).as("LastProcessingResult " + result).isLessThan(end);
            Thread.sleep(50);
        }
    }

    static String field(String line, String name) {
        return line.replaceAll(".* " + name + "=(\\S+).*", "$1");
    }

    static String head(String line) {
        return line.substring(0, line.indexOf(" try="));
    }

    static JsonNode failureRecord(String queueName) throws Exception {
        String url = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
        var got = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20)).messages();
        assertThat(got).as("failure record in " + queueName).hasSize(1);
        return JSON.readTree(got.get(0).body());
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
        assertThat(lines).extracting(StreamEventSourceIT::head).containsExactly("STREAM o-a INSERT v=1 old=null",
                "STREAM o-b INSERT v=1 old=null", "STREAM o-a MODIFY v=2 old=1", "STREAM o-b MODIFY v=2 old=1",
                "STREAM o-a REMOVE v=null old=2", "STREAM o-c INSERT v=1 old=null", "STREAM o-b MODIFY v=3 old=2");
        assertThat(lines).extracting(l -> field(l, "batch")).containsExactly("3", "3", "3", "3", "3", "3", "1");
        assertThat(lines).extracting(l -> field(l, "try")).containsOnly("1");
        assertThat(lines).extracting(l -> new java.math.BigInteger(field(l, "seq"))).isSorted();
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
        String dlq = queue("poison-failures");
        put(dynamo, "poison", "x-1", 1, "throw");
        put(dynamo, "poison", "x-2", 1, null);
        map(lambda, arn, b -> b.batchSize(1).maximumRetryAttempts(1).destinationConfig(d -> d.onFailure(f -> f.destination(dlq))));
        List<String> lines = lines(engine, "x-", l -> l.stream().anyMatch(x -> x.startsWith("STREAM x-2 ")));
        assertThat(lines).extracting(l -> head(l).substring(7, 10) + "#" + field(l, "try")).containsExactly("x-1#1", "x-1#2", "x-2#1");
        JsonNode failure = failureRecord("poison-failures");
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
        String dlq = queue("bisect-failures");
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
        JsonNode info = failureRecord("bisect-failures").get("DDBStreamBatchInfo");
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
}
