package dojo.lambda.sqs;

import dojo.lambda.invoke.DestinationRouter;
import java.nio.charset.StandardCharsets;

/** Sends asynchronous invocation records to a standard queue named as an on-success or on-failure destination. */
final class QueueDestination implements DestinationRouter {
    private final Queues queues;

    QueueDestination(Queues queues) {
        this.queues = queues;
    }

    @Override
    public boolean deliver(String accountId, String destinationArn, byte[] record) {
        QueueAddress address = QueueAddress.fromArn(destinationArn);
        Queue q = address == null || !address.accountId().equals(accountId) || address.fifo() ? null : queues.find(address);
        if (q == null) {
            return false;
        }
        q.send(new Outgoing(new String(record, StandardCharsets.UTF_8), null, null, null, null, null, "AROALAMBDADESTINATIONS:lambda"));
        return true;
    }
}
