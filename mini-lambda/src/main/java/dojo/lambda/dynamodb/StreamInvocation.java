package dojo.lambda.dynamodb;

import dojo.lambda.Engine;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.esm.EventSourceMapping;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.invoke.InvokeResult;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** One synchronous invocation of a stream mapping's function with AWS's DynamoDB event, read as a {@link ShardDelivery.Attempt}. */
final class StreamInvocation implements ShardDelivery.Invocation {
    private final Engine engine;
    private final EventSourceMapping mapping;
    private final Supplier<ChangeStream.Info> stream;
    private final Consumer<String> processingResult;

    /** @param processingResult receives AWS's LastProcessingResult after each try */
    StreamInvocation(Engine engine, EventSourceMapping mapping, Supplier<ChangeStream.Info> stream, Consumer<String> processingResult) {
        this.engine = engine;
        this.mapping = mapping;
        this.stream = stream;
        this.processingResult = processingResult;
    }

    @Override
    public ShardDelivery.Attempt invoke(List<StreamRecord> batch) {
        DeployedFunction fn;
        InvokeResult r;
        try {
            fn = engine.functions().get(mapping.accountId(), mapping.functionArn());
            byte[] event = StreamEventJson.bytes(StreamEventJson.event(batch, stream.get().region(), mapping.eventSourceArn()));
            r = engine.invoker().invoke(fn, event, null, false);
        } catch (ApiException e) {
            String problem = e.type() == ErrorType.TooManyRequestsException ? "PROBLEM: Function call throttled"
                    : e.type() == ErrorType.ResourceNotFoundException ? "PROBLEM: Function not found" : "PROBLEM: " + e.getMessage();
            processingResult.accept(problem);
            return new ShardDelivery.Attempt(ShardDelivery.Verdict.NOT_INVOKED, null, null, null, problem);
        }
        ShardDelivery.Attempt a = switch (r.outcome()) {
            case SUCCESS -> {
                BigInteger failed = mapping.settings().reportsBatchItemFailures() ? StreamBatchResponse.firstFailed(r.payload(), batch) : null;
                yield new ShardDelivery.Attempt(failed == null ? ShardDelivery.Verdict.OK : ShardDelivery.Verdict.PARTIAL, failed,
                        r.requestId(), null, null);
            }
            case THROTTLED -> new ShardDelivery.Attempt(ShardDelivery.Verdict.NOT_INVOKED, null, r.requestId(), null,
                    "PROBLEM: Function call throttled");
            case FUNCTION_ERROR, TIMEOUT, OUT_OF_MEMORY, INIT_ERROR, PLATFORM_ERROR -> new ShardDelivery.Attempt(
                    ShardDelivery.Verdict.FAILED, null, r.requestId(), r.functionError(), null);
        };
        processingResult.accept(switch (a.verdict()) {
            case OK -> "OK";
            case PARTIAL, FAILED -> "PROBLEM: Function call failed";
            case NOT_INVOKED -> a.problem();
        });
        return a;
    }
}
