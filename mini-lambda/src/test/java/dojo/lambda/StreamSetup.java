package dojo.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.logs.LogEvent;
import fixtures.StreamRecorder;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingRequest;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Tables with streams, the {@link StreamRecorder} function "streams" and stream mappings to it,
 * set up through the AWS SDK as a learner would; the recorder's STREAM log lines read back.
 */
final class StreamSetup {
    static final String ACCOUNT = "000000000000";
    static final ObjectMapper JSON = new ObjectMapper();

    private StreamSetup() {}

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
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
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

    static String queue(SqsClient sqs, String name) {
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

    static JsonNode failureRecord(SqsClient sqs, String queueName) throws Exception {
        String url = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
        var got = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20)).messages();
        assertThat(got).as("failure record in " + queueName).hasSize(1);
        return JSON.readTree(got.get(0).body());
    }
}
