package dojo.lambda.dynamodb;

import static dojo.lambda.dynamodb.TableSdkIT.n;
import static dojo.lambda.dynamodb.TableSdkIT.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Table streams read with the AWS SDK's DynamoDbStreamsClient, and tables and streams surviving a restart. */
class StreamSdkIT {
    @TempDir
    Path data;

    private static String createStreamTable(SdkClients sdk, String name, StreamViewType view) {
        return sdk.dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(view))).tableDescription().latestStreamArn();
    }

    private static List<Record> readAll(DynamoDbStreamsClient streams, String arn, ShardIteratorType type, String seq) {
        String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0).shardId();
        String it = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard).shardIteratorType(type).sequenceNumber(seq)).shardIterator();
        return streams.getRecords(b -> b.shardIterator(it)).records();
    }

    @Test
    void everyItemChangeBecomesAStreamRecordWithTheImagesOfItsViewType() throws Exception {
        try (SdkClients sdk = SdkClients.start(data)) {
            String arn = createStreamTable(sdk, "carts", StreamViewType.NEW_AND_OLD_IMAGES);
            assertThat(arn).startsWith("arn:aws:dynamodb:us-east-1:000000000000:table/carts/stream/");
            sdk.dynamo.putItem(b -> b.tableName("carts").item(Map.of("id", s("c1"), "qty", n("1"))));
            sdk.dynamo.putItem(b -> b.tableName("carts").item(Map.of("id", s("c1"), "qty", n("1"))));
            sdk.dynamo.updateItem(b -> b.tableName("carts").key(Map.of("id", s("c1"))).updateExpression("SET qty = qty + :one")
                    .expressionAttributeValues(Map.of(":one", n("1"))));
            sdk.dynamo.deleteItem(b -> b.tableName("carts").key(Map.of("id", s("c1"))));

            var description = sdk.streams.describeStream(b -> b.streamArn(arn)).streamDescription();
            assertThat(description.streamStatus()).isEqualTo(StreamStatus.ENABLED);
            assertThat(description.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
            assertThat(description.tableName()).isEqualTo("carts");
            assertThat(sdk.streams.listStreams(b -> b.tableName("carts")).streams()).extracting(st -> st.streamArn()).containsExactly(arn);

            List<Record> records = readAll(sdk.streams, arn, ShardIteratorType.TRIM_HORIZON, null);
            assertThat(records).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
            Record modify = records.get(1);
            assertThat(modify.eventSource()).isEqualTo("aws:dynamodb");
            assertThat(modify.eventVersion()).isEqualTo("1.1");
            assertThat(modify.awsRegion()).isEqualTo("us-east-1");
            assertThat(modify.dynamodb().keys()).isEqualTo(Map.of("id", s("c1")));
            assertThat(modify.dynamodb().oldImage()).containsEntry("qty", n("1"));
            assertThat(modify.dynamodb().newImage()).containsEntry("qty", n("2"));
            assertThat(modify.dynamodb().sizeBytes()).isPositive();
            assertThat(modify.dynamodb().approximateCreationDateTime()).isNotNull();
            assertThat(records.get(2).dynamodb().newImage()).isEmpty();
            BigInteger first = new BigInteger(records.get(0).dynamodb().sequenceNumber());
            assertThat(new BigInteger(records.get(2).dynamodb().sequenceNumber())).isGreaterThan(new BigInteger(modify.dynamodb().sequenceNumber()))
                    .isGreaterThan(first);

            List<Record> after = readAll(sdk.streams, arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, records.get(0).dynamodb().sequenceNumber());
            assertThat(after).extracting(Record::eventName).containsExactly(OperationType.MODIFY, OperationType.REMOVE);
            assertThat(readAll(sdk.streams, arn, ShardIteratorType.LATEST, null)).isEmpty();
        }
    }

    @Test
    void keysOnlyStreamsCarryNoImagesAndLatestIteratorsSeeOnlyNewRecords() throws Exception {
        try (SdkClients sdk = SdkClients.start(data)) {
            String arn = createStreamTable(sdk, "keys", StreamViewType.KEYS_ONLY);
            sdk.dynamo.putItem(b -> b.tableName("keys").item(Map.of("id", s("k1"), "v", s("x"))));
            String shard = sdk.streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0).shardId();
            String latest = sdk.streams.getShardIterator(b -> b.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.LATEST))
                    .shardIterator();
            sdk.dynamo.putItem(b -> b.tableName("keys").item(Map.of("id", s("k2"), "v", s("y"))));
            var page = sdk.streams.getRecords(b -> b.shardIterator(latest));
            assertThat(page.records()).hasSize(1);
            Record r = page.records().get(0);
            assertThat(r.dynamodb().keys()).isEqualTo(Map.of("id", s("k2")));
            assertThat(r.dynamodb().hasNewImage()).isFalse();
            assertThat(r.dynamodb().hasOldImage()).isFalse();
            assertThat(sdk.streams.getRecords(b -> b.shardIterator(page.nextShardIterator())).records()).isEmpty();
        }
    }

    @Test
    void tablesItemsAndStreamRecordsSurviveAnEngineRestart() throws Exception {
        String arn;
        try (SdkClients sdk = SdkClients.start(data)) {
            arn = createStreamTable(sdk, "durable", StreamViewType.NEW_IMAGE);
            sdk.dynamo.putItem(b -> b.tableName("durable").item(Map.of("id", s("d1"), "price", n("19.99"))));
            sdk.dynamo.transactWriteItems(b -> b.transactItems(t -> t.put(p -> p.tableName("durable").item(Map.of("id", s("d2"))))));
        }
        try (SdkClients sdk = SdkClients.start(data)) {
            assertThat(sdk.dynamo.getItem(b -> b.tableName("durable").key(Map.of("id", s("d1")))).item()).containsEntry("price", n("19.99"));
            assertThat(sdk.dynamo.describeTable(b -> b.tableName("durable")).table().itemCount()).isEqualTo(2);
            sdk.dynamo.deleteItem(b -> b.tableName("durable").key(Map.of("id", s("d1"))));
            List<Record> records = readAll(sdk.streams, arn, ShardIteratorType.TRIM_HORIZON, null);
            assertThat(records).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.INSERT, OperationType.REMOVE);
            assertThat(new BigInteger(records.get(2).dynamodb().sequenceNumber()))
                    .isGreaterThan(new BigInteger(records.get(1).dynamodb().sequenceNumber()));
        }
        try (SdkClients sdk = SdkClients.start(data)) {
            sdk.dynamo.deleteTable(b -> b.tableName("durable"));
            var stream = sdk.streams.describeStream(b -> b.streamArn(arn)).streamDescription();
            assertThat(stream.streamStatus()).isEqualTo(StreamStatus.DISABLED);
            assertThat(stream.shards().get(0).sequenceNumberRange().endingSequenceNumber()).isNotNull();
        }
    }
}
