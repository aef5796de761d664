package orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Charges each order from the queue exactly once, then ships it. The order's row in table
 * {@code orders} and the customer's running total in table {@code customers} are written in one
 * transaction that only succeeds if the order is not there yet, so a redelivered message (in
 * turn, at the same time, or after a timeout) finds it charged and changes nothing. A message
 * that cannot be processed is reported on its own; the rest of the batch is not retried.
 */
public class OrderHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    /** Built once per environment, in INIT, with nothing left to look up: a quicker cold start. */
    private static final DynamoDbClient TABLES = DynamoDbClient.builder()
            .region(Region.of(System.getenv("AWS_REGION")))
            .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
            .httpClient(UrlConnectionHttpClient.create())
            .build();

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                Order order = Order.parse(message.getBody());
                if (charge(order)) {
                    System.out.println("Charged " + order.orderId() + ": " + order.amountCents() + " cents");
                } else {
                    System.out.println("Already charged " + order.orderId() + "; not charging again");
                }
                Warehouse.ship(order.orderId());
            } catch (RuntimeException e) {
                System.out.println("Cannot process message " + message.getMessageId() + ": " + e.getMessage());
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** True when this call charged the order; false when it had been charged before. */
    static boolean charge(Order order) {
        TransactWriteItem record = TransactWriteItem.builder().put(p -> p.tableName("orders")
                .item(Map.of("orderId", s(order.orderId()), "customerId", s(order.customerId()),
                        "amountCents", n(order.amountCents())))
                .conditionExpression("attribute_not_exists(orderId)")).build();
        TransactWriteItem total = TransactWriteItem.builder().update(u -> u.tableName("customers")
                .key(Map.of("customerId", s(order.customerId())))
                .updateExpression("ADD totalCents :amount")
                .expressionAttributeValues(Map.of(":amount", n(order.amountCents())))).build();
        try {
            TABLES.transactWriteItems(t -> t.transactItems(record, total));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.hasCancellationReasons() && "ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
                return false;
            }
            throw e;
        }
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static AttributeValue n(long number) {
        return AttributeValue.fromN(Long.toString(number));
    }
}
