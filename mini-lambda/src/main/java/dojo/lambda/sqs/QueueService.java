package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.lambda.Engine;
import dojo.lambda.account.Authenticated;
import dojo.lambda.api.ApiException;
import dojo.lambda.http.JsonProtocolService;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;

/**
 * Amazon SQS on the engine's port, in SQS's JSON protocol ({@code POST /} with
 * {@code X-Amz-Target: AmazonSQS.<Operation>}), each account with its own queues, kept under
 * the data directory so queues and messages survive a restart. It also feeds Lambda: event source
 * mappings from queues (see {@link dojo.lambda.esm.EventSources}) and queue destinations of
 * asynchronous invocations.
 *
 * <p>Thread-safe. Long polls hold no thread. {@link #close()} ends waiting receives and closes the files.
 */
public final class QueueService implements JsonProtocolService, AutoCloseable {
    private final Queues queues;
    private final QueueActions queueActions;
    private final MessageActions messageActions;

    QueueService(Queues queues, java.util.function.Supplier<String> endpoint) {
        this.queues = queues;
        this.queueActions = new QueueActions(queues, endpoint);
        this.messageActions = new MessageActions(queues);
    }

    /** Opens the engine's queues and plugs them in: the SQS API, SQS event sources and queue destinations. */
    public static QueueService install(Engine engine) {
        Queues queues = new Queues(engine.dataDir(), InstantSource.system());
        QueueService service = new QueueService(queues, engine::endpoint);
        engine.register(service);
        engine.eventSources().addKind(new SqsEventSource(queues, engine));
        engine.addDestination(new QueueDestination(queues));
        return service;
    }

    @Override
    public String signingName() {
        return "sqs";
    }

    @Override
    public CompletableFuture<JsonReply> answer(JsonCall call, Authenticated caller) {
        if (call.contentType().startsWith("application/x-www-form-urlencoded")) {
            return CompletableFuture.completedFuture(SqsHttp.queryProtocol());
        }
        Caller who = new Caller(caller.account().accountId(), caller.accessKeyId());
        try {
            String target = call.target();
            String op = target != null && target.startsWith("AmazonSQS.") ? target.substring("AmazonSQS.".length()) : "";
            if (op.equals("ReceiveMessage")) {
                return messageActions.receive(SqsHttp.body(call.body()), who).handle(QueueService::reply);
            }
            return CompletableFuture.completedFuture(SqsHttp.ok(dispatch(op, target, SqsHttp.body(call.body()), who)));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(reply(null, e));
        }
    }

    private ObjectNode dispatch(String op, String target, SqsRequest r, Caller c) {
        return switch (op) {
            case "CreateQueue" -> queueActions.create(r, c);
            case "GetQueueUrl" -> queueActions.url(r, c);
            case "DeleteQueue" -> queueActions.delete(r, c);
            case "ListQueues" -> queueActions.list(r, c);
            case "GetQueueAttributes" -> queueActions.attributes(r, c);
            case "SetQueueAttributes" -> queueActions.setAttributes(r, c);
            case "PurgeQueue" -> queueActions.purge(r, c);
            case "TagQueue" -> queueActions.tag(r, c);
            case "UntagQueue" -> queueActions.untag(r, c);
            case "ListQueueTags" -> queueActions.tags(r, c);
            case "ListDeadLetterSourceQueues" -> queueActions.deadLetterSources(r, c);
            case "SendMessage" -> messageActions.send(r, c);
            case "SendMessageBatch" -> messageActions.sendBatch(r, c);
            case "DeleteMessage" -> messageActions.delete(r, c);
            case "DeleteMessageBatch" -> messageActions.deleteBatch(r, c);
            case "ChangeMessageVisibility" -> messageActions.changeVisibility(r, c);
            case "ChangeMessageVisibilityBatch" -> messageActions.changeVisibilityBatch(r, c);
            case "AddPermission", "RemovePermission", "StartMessageMoveTask", "CancelMessageMoveTask", "ListMessageMoveTasks" ->
                    throw new SqsException(SqsError.UnsupportedOperation, op + " is not supported by this engine. It serves "
                            + "CreateQueue, GetQueueUrl, DeleteQueue, ListQueues, Get/SetQueueAttributes, PurgeQueue, tags, "
                            + "SendMessage(Batch), ReceiveMessage, DeleteMessage(Batch) and ChangeMessageVisibility(Batch).");
            default -> throw new SqsException(SqsError.UnknownOperationException, "Unknown operation "
                    + (target == null ? "(no X-Amz-Target header)" : target) + ". Expected X-Amz-Target: AmazonSQS.<Operation>.");
        };
    }

    private static JsonReply reply(ObjectNode body, Throwable failure) {
        Throwable f = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (f == null) {
            return SqsHttp.ok(body);
        } else if (f instanceof SqsException e) {
            return SqsHttp.error(e.error(), e.getMessage());
        } else if (f instanceof ApiException e) {
            return SqsHttp.error(SqsError.InvalidParameterValueException, e.getMessage());
        }
        return SqsHttp.error(SqsError.InternalFailure, "The queue service failed: " + f + ". This is a fault of the engine.");
    }

    @Override
    public JsonReply authFailed(ApiException error) {
        SqsError e = switch (error.type()) {
            case InvalidSignatureException -> SqsError.InvalidSignatureException;
            case IncompleteSignatureException -> SqsError.IncompleteSignatureException;
            case MissingAuthenticationTokenException -> SqsError.MissingAuthenticationTokenException;
            default -> SqsError.UnrecognizedClientException;
        };
        return SqsHttp.error(e, error.getMessage());
    }

    @Override
    public void close() {
        queues.close();
    }
}
