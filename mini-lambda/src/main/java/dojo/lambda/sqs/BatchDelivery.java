package dojo.lambda.sqs;

import dojo.lambda.Engine;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.esm.EventSourceMapping;
import dojo.lambda.function.DeployedFunction;
import dojo.lambda.invoke.InvokeResult;
import dojo.lambda.invoke.Outcome;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * One batch's trip through the function: a synchronous invoke with AWS's SQS event (a throttled
 * invoke is retried with backoff while the batch is still hidden), then DeleteMessage for what
 * succeeded. What failed is left alone: it reappears when its visibility timeout ends.
 */
final class BatchDelivery {
    /** @param processingResult AWS's LastProcessingResult for the batch */
    record Result(boolean throttled, String processingResult) {}

    private BatchDelivery() {}

    static Result run(Engine engine, EventSourceMapping mapping, DeployedFunction fn, Queue q, List<Delivery> batch,
            BooleanSupplier stopped) throws InterruptedException {
        byte[] event = SqsEventJson.event(batch, mapping.eventSourceArn());
        long deadline = System.currentTimeMillis() + q.attributes().visibilityTimeout() * 1000L;
        long backoff = 100;
        boolean throttled = false;
        while (!stopped.getAsBoolean()) {
            InvokeResult r;
            try {
                r = engine.invoker().invoke(fn, event, null, false);
            } catch (ApiException e) {
                if (e.type() != ErrorType.TooManyRequestsException) {
                    return new Result(false, "PROBLEM: " + e.getMessage());
                }
                throttled = true;
                if (System.currentTimeMillis() + backoff >= deadline) {
                    return new Result(true, "PROBLEM: Function call throttled");
                }
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
                continue;
            }
            Set<String> failed = failures(r, mapping, batch);
            for (Delivery d : batch) {
                if (!failed.contains(d.content().messageId())) {
                    try {
                        q.delete(d.receiptHandle());
                    } catch (SqsException gone) {
                        // received again after its visibility timeout (FIFO): that delivery deletes it
                    }
                }
            }
            return new Result(throttled, failed.isEmpty() ? "OK" : "PROBLEM: Function call failed");
        }
        return new Result(throttled, "PROBLEM: Polling stopped");
    }

    private static Set<String> failures(InvokeResult r, EventSourceMapping mapping, List<Delivery> batch) {
        if (r.outcome() == Outcome.SUCCESS) {
            return mapping.settings().reportsBatchItemFailures() ? BatchResponse.failures(r.payload(), batch) : Set.of();
        }
        Set<String> all = new HashSet<>();
        batch.forEach(d -> all.add(d.content().messageId()));
        return all;
    }
}
