package dojo.lambda.dynamodb;

import static dojo.lambda.dynamodb.TableSdkIT.n;
import static dojo.lambda.dynamodb.TableSdkIT.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Query, Scan, transactions and batches through the AWS SDK, from outside the engine. */
class QuerySdkIT {
    @TempDir
    static Path data;
    static SdkClients sdk;
    static DynamoDbClient db;

    @BeforeAll
    static void start() throws Exception {
        sdk = SdkClients.start(data);
        db = sdk.dynamo;
        TableSdkIT.createTable(db, "events", "user", "at");
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String at = Integer.toString(i);
            String kind = i % 2 == 0 ? "click" : "view";
            writes.add(WriteRequest.builder().putRequest(p -> p.item(Map.of("user", s("ann"), "at", n(at), "kind", s(kind)))).build());
        }
        writes.add(WriteRequest.builder().putRequest(p -> p.item(Map.of("user", s("bob"), "at", n("1"), "kind", s("view")))).build());
        assertThat(db.batchWriteItem(b -> b.requestItems(Map.of("events", writes))).unprocessedItems()).isEmpty();
    }

    @AfterAll
    static void stop() {
        sdk.close();
    }

    @Test
    void queryReadsOnePartitionInSortOrderWithKeyConditionsAndFilters() {
        QueryResponse r = db.query(b -> b.tableName("events").keyConditionExpression("#u = :u AND #at BETWEEN :lo AND :hi")
                .filterExpression("kind = :k").expressionAttributeNames(Map.of("#u", "user", "#at", "at"))
                .expressionAttributeValues(Map.of(":u", s("ann"), ":lo", n("3"), ":hi", n("8"), ":k", s("click"))).scanIndexForward(false));
        assertThat(r.items()).extracting(i -> i.get("at").n()).containsExactly("8", "6", "4");
        assertThat(r.count()).isEqualTo(3);
        assertThat(r.scannedCount()).isEqualTo(6);
        assertThatThrownBy(() -> db.query(b -> b.tableName("events").keyConditionExpression("#u = :u OR #u = :v")
                .expressionAttributeNames(Map.of("#u", "user")).expressionAttributeValues(Map.of(":u", s("ann"), ":v", s("bob")))))
                .hasMessageStartingWith("Invalid operator used in KeyConditionExpression: OR");
        assertThatThrownBy(() -> db.query(b -> b.tableName("events").keyConditionExpression("kind = :k")
                .expressionAttributeValues(Map.of(":k", s("view")))))
                .hasMessageStartingWith("Query condition missed key schema element: user");
    }

    @Test
    void queryPagesWithLimitAndExclusiveStartKey() {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse r = db.query(b -> b.tableName("events").keyConditionExpression("#u = :u AND #at > :after")
                    .expressionAttributeNames(Map.of("#u", "user", "#at", "at"))
                    .expressionAttributeValues(Map.of(":u", s("ann"), ":after", n("2"))).limit(3).exclusiveStartKey(from));
            r.items().forEach(i -> seen.add(i.get("at").n()));
            start = r.hasLastEvaluatedKey() ? r.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);
        assertThat(seen).containsExactly("3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void scanFiltersAndPaginatesAcrossPartitions() {
        var paginated = db.scanPaginator(b -> b.tableName("events").filterExpression("kind = :v").limit(4)
                .expressionAttributeValues(Map.of(":v", s("view"))).projectionExpression("#u, #at")
                .expressionAttributeNames(Map.of("#u", "user", "#at", "at")));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        paginated.items().forEach(items::add);
        assertThat(items).hasSize(6).allSatisfy(i -> assertThat(i).containsOnlyKeys("user", "at"));
    }

    @Test
    void transactionWritesAllOrNothingAndReportsCancellationReasons() {
        TransactWriteItem debit = TransactWriteItem.builder().update(u -> u.tableName("events")
                .key(Map.of("user", s("acct"), "at", n("1"))).updateExpression("SET balance = balance - :x")
                .conditionExpression("balance >= :x").expressionAttributeValues(Map.of(":x", n("30")))).build();
        TransactWriteItem credit = TransactWriteItem.builder().put(p -> p.tableName("events")
                .item(Map.of("user", s("acct"), "at", n("2"), "balance", n("30")))).build();
        db.putItem(b -> b.tableName("events").item(Map.of("user", s("acct"), "at", n("1"), "balance", n("50"))));
        db.transactWriteItems(b -> b.transactItems(debit, credit));
        assertThat(balance("1")).isEqualTo("20");
        assertThat(balance("2")).isEqualTo("30");
        TransactWriteItem creditAgain = TransactWriteItem.builder().put(p -> p.tableName("events")
                .item(Map.of("user", s("acct"), "at", n("2"), "balance", n("60")))).build();
        TransactionCanceledException e = org.assertj.core.api.Assertions.catchThrowableOfType(TransactionCanceledException.class,
                () -> db.transactWriteItems(b -> b.transactItems(creditAgain, debit)));
        assertThat(e).hasMessageStartingWith("Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]");
        assertThat(e.cancellationReasons()).extracting(r -> r.code()).containsExactly("None", "ConditionalCheckFailed");
        assertThat(balance("1")).isEqualTo("20");
        assertThat(balance("2")).isEqualTo("30");
        assertThatThrownBy(() -> db.transactWriteItems(b -> b.transactItems(debit, debit)))
                .isInstanceOf(DynamoDbException.class).hasMessageStartingWith("Transaction request cannot include multiple operations on one item");
    }

    private static String balance(String at) {
        return db.getItem(b -> b.tableName("events").key(Map.of("user", s("acct"), "at", n(at)))).item().get("balance").n();
    }

    @Test
    void batchGetReturnsTheItemsThatExist() {
        var r = db.batchGetItem(b -> b.requestItems(Map.of("events", KeysAndAttributes.builder()
                .keys(Map.of("user", s("bob"), "at", n("1")), Map.of("user", s("nobody"), "at", n("1"))).projectionExpression("kind").build())));
        assertThat(r.responses().get("events")).containsExactly(Map.of("kind", s("view")));
        assertThat(r.unprocessedKeys()).isEmpty();
    }
}
