package dojo.lambda.sqs;

import java.util.Objects;

/** Who is calling: the account every queue operation is scoped to, and the SenderId their messages get. */
record Caller(String accountId, String senderId) {
    Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(senderId, "senderId");
    }

    /** The queue named by a request's QueueUrl, in this caller's account. */
    Queue queue(Queues queues, SqsRequest r) {
        QueueAddress address = QueueAddress.fromUrl(r.required("QueueUrl"));
        if (!address.accountId().equals(accountId)) {
            throw new SqsException(SqsError.QueueDoesNotExist, "The specified queue does not exist. Queue " + address.name()
                    + " would belong to account " + address.accountId() + "; this engine serves each account its own queues only.");
        }
        return queues.get(address);
    }
}
