package dojo.lambda.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Tables and single-item operations through the AWS SDK's DynamoDbClient, from outside the engine. */
class TableSdkIT {
    @TempDir
    static Path data;
    static SdkClients sdk;
    static DynamoDbClient db;

    @BeforeAll
    static void start() throws Exception {
        sdk = SdkClients.start(data);
        db = sdk.dynamo;
        createTable(db, "orders", "id", null);
    }

    @AfterAll
    static void stop() {
        sdk.close();
    }

    static TableDescription createTable(DynamoDbClient db, String name, String partition, String sort) {
        return db.createTable(b -> {
            b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
            if (sort == null) {
                b.attributeDefinitions(a -> a.attributeName(partition).attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName(partition).keyType(KeyType.HASH));
            } else {
                b.attributeDefinitions(a -> a.attributeName(partition).attributeType(ScalarAttributeType.S),
                                a -> a.attributeName(sort).attributeType(ScalarAttributeType.N))
                        .keySchema(k -> k.attributeName(partition).keyType(KeyType.HASH), k -> k.attributeName(sort).keyType(KeyType.RANGE));
            }
        }).tableDescription();
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(String v) {
        return AttributeValue.fromN(v);
    }

    @Test
    void createdTableIsDescribedListedAndDeletedWithAwsErrorsForMissingAndDuplicateTables() {
        TableDescription created = createTable(db, "lifecycle", "pk", "sk");
        assertThat(created.tableStatus()).isEqualTo(TableStatus.CREATING);
        assertThat(created.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/lifecycle");
        TableDescription described = db.describeTable(b -> b.tableName("lifecycle")).table();
        assertThat(described.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(described.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyType()).containsExactly("pk:HASH", "sk:RANGE");
        assertThat(described.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(db.listTables().tableNames()).contains("lifecycle", "orders");
        assertThatThrownBy(() -> createTable(db, "lifecycle", "pk", null)).isInstanceOf(ResourceInUseException.class)
                .hasMessageStartingWith("Table already exists: lifecycle");
        db.deleteTable(b -> b.tableName("lifecycle"));
        assertThatThrownBy(() -> db.describeTable(b -> b.tableName("lifecycle"))).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found: Table: lifecycle not found");
        assertThatThrownBy(() -> db.getItem(b -> b.tableName("lifecycle").key(Map.of("pk", s("x")))))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Requested resource not found");
    }

    @Test
    void keySchemaMustBeDefinedInAttributeDefinitions() {
        assertThatThrownBy(() -> db.createTable(b -> b.tableName("bad").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))))
                .isInstanceOf(DynamoDbException.class).hasMessageStartingWith("One or more parameter values were invalid: Some index key "
                        + "attributes are not defined in AttributeDefinitions. Keys: [pk], AttributeDefinitions: [id]");
    }

    @Test
    void numbersKeepDecimalPrecisionUpTo38Digits() {
        String big = "12345678901234567890.123456789012345678";
        db.putItem(b -> b.tableName("orders").item(Map.of("id", s("n1"), "total", n(big), "price", n("1.50"), "tiny", n("1E-130"))));
        Map<String, AttributeValue> item = db.getItem(b -> b.tableName("orders").key(Map.of("id", s("n1"))).consistentRead(true)).item();
        assertThat(item.get("total").n()).isEqualTo(big);
        assertThat(item.get("price").n()).isEqualTo("1.5");
        assertThat(item.get("tiny").n()).isEqualTo("1E-130");
        assertThatThrownBy(() -> db.putItem(b -> b.tableName("orders").item(Map.of("id", s("n2"), "x", n("1234567890123456789012345678901234567891")))))
                .isInstanceOf(DynamoDbException.class).hasMessageStartingWith("Attempting to store more than 38 significant digits in a Number");
    }

    @Test
    void conditionalPutFailsWithConditionalCheckFailedAndCanReturnTheItem() {
        db.putItem(b -> b.tableName("orders").item(Map.of("id", s("c1"), "status", s("NEW"))));
        var failed = org.assertj.core.api.Assertions.catchThrowableOfType(ConditionalCheckFailedException.class,
                () -> db.putItem(b -> b.tableName("orders").item(Map.of("id", s("c1"))).conditionExpression("attribute_not_exists(id)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertThat(failed).hasMessageStartingWith("The conditional request failed");
        assertThat(failed.item()).containsEntry("status", s("NEW"));
        Map<String, AttributeValue> old = db.putItem(b -> b.tableName("orders").item(Map.of("id", s("c1"), "status", s("PAID")))
                .conditionExpression("#s = :new AND NOT contains(#s, :x) AND (size(#s) BETWEEN :one AND :three OR attribute_type(#s, :t))")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":new", s("NEW"), ":x", s("X"), ":one", n("1"), ":three", n("3"), ":t", s("S")))
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        assertThat(old).containsEntry("status", s("NEW"));
        db.deleteItem(b -> b.tableName("orders").key(Map.of("id", s("c1"))).conditionExpression("#s IN (:a, :b) AND begins_with(#s, :p)")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":a", s("X"), ":b", s("PAID"), ":p", s("PA"))));
        assertThat(db.getItem(b -> b.tableName("orders").key(Map.of("id", s("c1")))).hasItem()).isFalse();
    }

    @Test
    void updateExpressionsDoArithmeticListsSetsAndRemoval() {
        db.putItem(b -> b.tableName("orders").item(Map.of("id", s("u1"), "count", n("10"), "tags", AttributeValue.fromSs(List.of("a", "b")),
                "labels", AttributeValue.fromSs(List.of("x", "y")),
                "old", s("gone"), "history", AttributeValue.fromL(List.of(s("created"))))));
        Map<String, AttributeValue> updated = db.updateItem(b -> b.tableName("orders").key(Map.of("id", s("u1")))
                .updateExpression("SET #c = #c + :inc, seen = if_not_exists(seen, :zero), history = list_append(history, :h) "
                        + "REMOVE #o ADD tags :more, visits :one DELETE labels :less")
                .expressionAttributeNames(Map.of("#c", "count", "#o", "old"))
                .expressionAttributeValues(Map.of(":inc", n("2.5"), ":zero", n("0"), ":h", AttributeValue.fromL(List.of(s("paid"))),
                        ":more", AttributeValue.fromSs(List.of("c")), ":one", n("1"), ":less", AttributeValue.fromSs(List.of("x"))))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertThat(updated.get("count").n()).isEqualTo("12.5");
        assertThat(updated.get("seen").n()).isEqualTo("0");
        assertThat(updated.get("history").l()).containsExactly(s("created"), s("paid"));
        assertThat(updated.get("tags").ss()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(updated.get("labels").ss()).containsExactly("y");
        assertThat(updated.get("visits").n()).isEqualTo("1");
        assertThat(updated).doesNotContainKey("old");
        Map<String, AttributeValue> changed = db.updateItem(b -> b.tableName("orders").key(Map.of("id", s("u1")))
                .updateExpression("SET visits = visits - :one").expressionAttributeValues(Map.of(":one", n("1")))
                .returnValues(ReturnValue.UPDATED_OLD)).attributes();
        assertThat(changed).containsOnlyKeys("visits").containsEntry("visits", n("1"));
    }

    @Test
    void expressionErrorsAreWordedAsAws() {
        assertThatThrownBy(() -> db.updateItem(b -> b.tableName("orders").key(Map.of("id", s("e1"))).updateExpression("ADD hits : incr")
                .expressionAttributeValues(Map.of(":incr", n("1")))))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("Invalid UpdateExpression: Syntax error; token: \":\", near: \"hits : incr\"");
        assertThatThrownBy(() -> db.putItem(b -> b.tableName("orders").item(Map.of("id", s("e1"))).conditionExpression("status = :s")
                .expressionAttributeValues(Map.of(":s", s("x")))))
                .hasMessageStartingWith("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status");
        assertThatThrownBy(() -> db.putItem(b -> b.tableName("orders").item(Map.of("id", s("e1"))).conditionExpression("attribute_exists(#x)")))
                .hasMessageStartingWith("Invalid ConditionExpression: An expression attribute name used in the document path is not defined; "
                        + "attribute name: #x");
        assertThatThrownBy(() -> db.putItem(b -> b.tableName("orders").item(Map.of("id", s("e1"))).conditionExpression("attribute_exists(id)")
                .expressionAttributeValues(Map.of(":unused", s("x")))))
                .hasMessageStartingWith("Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
        assertThatThrownBy(() -> db.updateItem(b -> b.tableName("orders").key(Map.of("id", s("e1"))).updateExpression("SET id = :v")
                .expressionAttributeValues(Map.of(":v", s("x")))))
                .hasMessageStartingWith("One or more parameter values were invalid: Cannot update attribute id. This attribute is part of the key");
        assertThatThrownBy(() -> db.updateItem(b -> b.tableName("orders").key(Map.of("id", s("e1"))).updateExpression("SET a = absent + :v")
                .expressionAttributeValues(Map.of(":v", n("1")))))
                .hasMessageStartingWith("The provided expression refers to an attribute that does not exist in the item");
        assertThatThrownBy(() -> db.updateItem(b -> b.tableName("orders").key(Map.of("id", s("e1"))).updateExpression("SET a = :v REMOVE a.b")
                .expressionAttributeValues(Map.of(":v", n("1")))))
                .hasMessageStartingWith("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of "
                        + "these paths; path one: [a], path two: [a, b]");
        assertThatThrownBy(() -> db.getItem(b -> b.tableName("orders").key(Map.of("nope", s("e1")))))
                .hasMessageStartingWith("The provided key element does not match the schema");
    }
}
