package dojo.lambda.sqs;

import dojo.lambda.Engine;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.esm.EventSourceKind;
import dojo.lambda.esm.EventSourceMapping;
import dojo.lambda.esm.MappingSettings;
import dojo.lambda.esm.Poller;
import dojo.lambda.function.DeployedFunction;
import java.util.List;

/** Queues as Lambda event sources, with AWS's rules for SQS mappings. */
final class SqsEventSource implements EventSourceKind {
    private final Queues queues;
    private final Engine engine;

    SqsEventSource(Queues queues, Engine engine) {
        this.queues = queues;
        this.engine = engine;
    }

    @Override
    public boolean accepts(String eventSourceArn) {
        return eventSourceArn.startsWith("arn:aws:sqs:");
    }

    @Override
    public MappingSettings settle(String accountId, String arn, DeployedFunction fn, MappingSettings s) {
        QueueAddress address = QueueAddress.fromArn(arn);
        if (address == null) {
            throw invalid("Invalid queue ARN " + arn + ". Expected arn:aws:sqs:us-east-1:<account>:<queue> (the queue's QueueArn attribute).");
        }
        if (!address.accountId().equals(accountId)) {
            throw invalid("The queue " + arn + " belongs to another account; this engine maps queues of the function's own account only.");
        }
        Queue q = queues.find(address);
        if (q == null) {
            throw invalid("Error occurred while ReceiveMessage. SQS Error Code: AWS.SimpleQueueService.NonExistentQueue. "
                    + "SQS Error Message: The specified queue does not exist. Create the queue first.");
        }
        List<String> streamOnly = s.streamSettingsSet();
        if (!streamOnly.isEmpty()) {
            throw invalid(String.join(", ", streamOnly) + " is not valid for SQS event sources; it applies to streams (DynamoDB, Kinesis).");
        }
        int batch = s.batchSize() == null ? 10 : s.batchSize();
        int window = s.maximumBatchingWindowInSeconds() == null ? 0 : s.maximumBatchingWindowInSeconds();
        if (address.fifo() && batch > 10) {
            throw invalid("BatchSize for a FIFO queue must be between 1 and 10, found " + batch + ".");
        }
        if (batch > 10 && window < 1) {
            throw invalid("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10");
        }
        int visibility = q.attributes().visibilityTimeout();
        if (visibility < fn.config().timeoutSeconds()) {
            throw invalid("Queue visibility timeout: " + visibility + " seconds is less than Function timeout: "
                    + fn.config().timeoutSeconds() + " seconds. Raise the queue's VisibilityTimeout (AWS advises six times the "
                    + "function timeout) or lower the function's timeout.");
        }
        return s.withBatchSize(batch).withMaximumBatchingWindowInSeconds(window)
                .withFunctionResponseTypes(s.functionResponseTypes() == null ? List.of() : s.functionResponseTypes());
    }

    @Override
    public Poller start(EventSourceMapping mapping) {
        return SqsPoller.start(mapping, queues, engine);
    }

    private static ApiException invalid(String message) {
        return new ApiException(ErrorType.InvalidParameterValueException, message);
    }
}
