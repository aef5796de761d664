import dojo.grader.api.Check;
import dojo.grader.api.CheckKind;
import dojo.grader.api.Deployment;
import dojo.grader.api.Expect;
import dojo.grader.api.Invocation;
import dojo.grader.api.Snapshot;
import dojo.grader.api.SqsEvents;
import dojo.grader.api.SqsEvents.Message;
import dojo.grader.api.Submission;
import dojo.grader.api.TableSnapshot;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Checks of lab idempotent-orders: each order charged exactly once however often its message is
 * delivered, and a bad message reported on its own. Every check uses its own orders and
 * customers, so the checks do not see each other's side effects.
 */
class OrderChecks {
    static final String EXACTLY_ONCE = "Make charging conditional: write the order to table orders with "
            + "ConditionExpression attribute_not_exists(orderId), in the same TransactWriteItems as the customer's "
            + "ADD totalCents, and treat a failed condition as \"already charged\".";

    @Check(order = 1, kind = CheckKind.CORRECTNESS, points = 2, title = "Charges each order in a batch")
    void chargesEachOrder(Submission submission) {
        List<Message> batch = List.of(order("message-1", "o-101", "c-1", 1250), order("message-2", "o-102", "c-2", 4999));
        Snapshot before = sideEffects(submission);
        Invocation delivery = submission.deploy().invoke(SqsEvents.batch(1, batch));
        Expect.jsonField(delivery, "/batchItemFailures", List.of(), "Report a message as failed only when it could not "
                + "be processed.");
        Expect.sameSideEffects(before.diff(charged(before, batch)), before.diff(sideEffects(submission)),
                "For each order put a row in table orders and ADD its amountCents to the customer's totalCents.");
    }

    @Check(order = 2, kind = CheckKind.CORRECTNESS, points = 2, title = "Reports only the bad message of a batch")
    void reportsOnlyTheBadMessage(Submission submission) {
        List<Message> good = List.of(order("message-1", "o-201", "c-3", 700), order("message-3", "o-202", "c-3", 300));
        List<Message> batch = List.of(good.get(0), new Message("message-2", "{\"orderId\": \"o-203\", \"amountCents\": "
                + "\"lots\"}"), good.get(1));
        Snapshot before = sideEffects(submission);
        Invocation delivery = submission.deploy().invoke(SqsEvents.batch(1, batch));
        Expect.jsonField(delivery, "/batchItemFailures", List.of(Map.of("itemIdentifier", "message-2")),
                "Catch the failure of one message, add its messageId to the SQSBatchResponse's batchItemFailures, and "
                        + "go on with the next: then only that message is delivered again.");
        Expect.sameSideEffects(before.diff(charged(before, good)), before.diff(sideEffects(submission)),
                "The good orders of a batch are charged even when another message of the batch is bad.");
    }

    @Check(order = 3, kind = CheckKind.IDEMPOTENCY, points = 2, title = "Charges once when a batch is delivered twice")
    void chargesOnceWhenDeliveredTwice(Submission submission) {
        List<Message> batch = List.of(order("message-1", "o-301", "c-4", 1500), order("message-2", "o-302", "c-4", 500));
        Deployment orders = submission.deploy();
        Snapshot before = sideEffects(submission);
        Expect.succeeded(orders.invoke(SqsEvents.batch(1, batch)));
        Snapshot once = sideEffects(submission);
        Expect.succeeded(orders.invoke(SqsEvents.batch(2, batch)));
        Expect.sameSideEffects(before.diff(once), before.diff(sideEffects(submission)), EXACTLY_ONCE);
    }

    @Check(order = 4, kind = CheckKind.IDEMPOTENCY, points = 2,
            title = "Charges once when the same message reaches two environments at once")
    void chargesOnceWhenDeliveredTwiceAtOnce(Submission submission) {
        Deployment orders = submission.deploy(submission.settings().withVariable("WAREHOUSE_DELAYS_MS", "o-401=2000"));
        // two warm environments, started one after the other (two INITs at once are slow on a busy machine)
        Expect.succeeded(orders.invoke(warmUp("o-398")));
        orders.invokeConcurrently(List.of(warmUp("o-399"), warmUp("o-400"))).forEach(Expect::succeeded);
        List<Message> batch = List.of(order("message-1", "o-401", "c-5", 2200));
        Snapshot before = sideEffects(submission);
        List<Invocation> deliveries = orders.invokeConcurrently(List.of(SqsEvents.batch(1, batch), SqsEvents.batch(2, batch)));
        deliveries.forEach(Expect::succeeded);
        Expect.sameSideEffects(before.diff(charged(before, batch)), before.diff(sideEffects(submission)),
                "Two environments read \"not charged yet\" at the same moment, and both charged. Reading first and "
                        + "writing afterwards leaves that gap; only a conditional write closes it. " + EXACTLY_ONCE);
    }

    @Check(order = 5, kind = CheckKind.IDEMPOTENCY, points = 2,
            title = "Charges once when a batch is delivered again after timing out halfway")
    void chargesOnceAfterATimeout(Submission submission) {
        Deployment orders = submission.deploy(submission.settings().withTimeout(5)
                .withVariable("WAREHOUSE_DELAYS_MS", "o-501=10000"));
        Expect.succeeded(orders.invoke(warmUp("o-500")));
        List<Message> batch = List.of(order("message-1", "o-501", "c-6", 1000), order("message-2", "o-502", "c-6", 2000),
                order("message-3", "o-503", "c-6", 4000));
        Snapshot before = sideEffects(submission);
        Invocation first = orders.invoke(SqsEvents.batch(1, batch));
        Expect.that(first.timedOut(), "the first delivery to time out while the warehouse ships order o-501",
                first.outcome() + ": " + first.response(), "Charge each order, then ship it, one message after another.");
        Expect.succeeded(submission.deploy().invoke(SqsEvents.batch(2, batch)));
        Expect.sameSideEffects(before.diff(charged(before, batch)), before.diff(sideEffects(submission)),
                "A timeout can strike after an order of the batch was charged; the whole batch then comes again. "
                        + EXACTLY_ONCE);
    }

    /** An order of a customer no check looks at: it warms an environment up, SDK client included. */
    private static String warmUp(String orderId) {
        return SqsEvents.batch(1, List.of(order("message-1", orderId, "c-warm", 100)));
    }

    private static Message order(String messageId, String orderId, String customerId, long cents) {
        return new Message(messageId, "{\"orderId\": \"" + orderId + "\", \"customerId\": \"" + customerId
                + "\", \"amountCents\": " + cents + "}");
    }

    /** The two tables as the checks compare them: which orders exist, and each customer's total. */
    private static Snapshot sideEffects(Submission submission) {
        DynamoDbClient db = submission.client(DynamoDbClient.builder());
        createTable(db, "orders", "orderId");
        createTable(db, "customers", "customerId");
        return TableSnapshot.of(db, "orders", "orderId").plus(TableSnapshot.of(db, "customers", "customerId", "totalCents"));
    }

    /** What {@code before} becomes when each order of {@code batch} is charged exactly once. */
    private static Snapshot charged(Snapshot before, List<Message> batch) {
        Map<String, String> after = new TreeMap<>(before.entries());
        for (Message m : batch) {
            String[] f = m.body().replaceAll("[{}\" ]", "").split(",");
            String orderId = f[0].split(":")[1];
            String customerId = f[1].split(":")[1];
            long cents = Long.parseLong(f[2].split(":")[1]);
            after.put("orders/" + orderId, "{}");
            String key = "customers/" + customerId;
            long total = after.containsKey(key) ? Long.parseLong(after.get(key).replaceAll("\\D", "")) : 0;
            after.put(key, "{\"totalCents\":" + (total + cents) + "}");
        }
        return new Snapshot(before.source(), new TreeMap<>(after));
    }

    private static void createTable(DynamoDbClient db, String name, String key) {
        try {
            db.createTable(t -> t.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName(key).attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName(key).keyType(software.amazon.awssdk.services.dynamodb.model.KeyType.HASH)));
        } catch (ResourceInUseException exists) {
            // made by an earlier check of this grade
        }
    }
}
