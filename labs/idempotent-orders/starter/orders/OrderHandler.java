package orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Charges each order from the queue, then ships it. This first version works when every message
 * arrives once and every message is valid. Neither is true of a queue.
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
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            Order order = Order.parse(message.getBody());
            TABLES.putItem(p -> p.tableName("orders").item(Map.of(
                    "orderId", AttributeValue.fromS(order.orderId()),
                    "customerId", AttributeValue.fromS(order.customerId()),
                    "amountCents", AttributeValue.fromN(Long.toString(order.amountCents())))));
            TABLES.updateItem(u -> u.tableName("customers")
                    .key(Map.of("customerId", AttributeValue.fromS(order.customerId())))
                    .updateExpression("ADD totalCents :amount")
                    .expressionAttributeValues(Map.of(":amount", AttributeValue.fromN(Long.toString(order.amountCents())))));
            System.out.println("Charged " + order.orderId());
            Warehouse.ship(order.orderId());
        }
        return new SQSBatchResponse(List.of());
    }
}
