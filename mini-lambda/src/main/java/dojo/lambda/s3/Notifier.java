package dojo.lambda.s3;

import dojo.lambda.invoke.AsyncInvoker;
import dojo.lambda.logs.LogFormat;
import dojo.lambda.logs.LogStore;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a bucket's object events to the functions its notification configuration names, as
 * asynchronous (Event) invocations, and stops a chain of events that has gone round
 * {@link Lineage#LIMIT} times: the event is dropped and the function's log says why.
 */
final class Notifier {
    private final AsyncInvoker async;
    private final LogStore logs;
    private final InstantSource clock;
    private final AtomicLong sequence = new AtomicLong();

    Notifier(AsyncInvoker async, LogStore logs, InstantSource clock) {
        this.async = async;
        this.logs = logs;
        this.clock = clock;
    }

    /** Announces {@code eventName} (e.g. {@code ObjectCreated:Put}) of {@code object}, caused by {@code call}. */
    void publish(S3Call call, Bucket bucket, String eventName, ObjectMeta object) {
        List<FunctionTarget> targets = bucket.state().notification().functions().stream()
                .filter(t -> t.matches(eventName, object.key())).toList();
        if (targets.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant time = eventName.startsWith("ObjectCreated:") ? object.lastModified() : now;
        var occurrence = new S3EventJson.Occurrence(call.requester(), bucket, eventName, object, time, nextSequencer(now));
        Lineage lineage = Lineage.of(call.traceHeader());
        for (FunctionTarget t : targets) {
            FunctionArn fn = FunctionArn.parse(t.functionArn());
            if (fn == null) {
                continue;
            }
            if (lineage.exhausted()) {
                logs.append(fn.accountId(), fn.name(), LogFormat.newStreamName(now), null, now, stopMessage(fn, occurrence, lineage));
                continue;
            }
            async.submit(fn.accountId(), fn.name(), S3EventJson.of(occurrence, t.id()), lineage.next(t.functionArn()));
        }
    }

    private static String stopMessage(FunctionArn fn, S3EventJson.Occurrence o, Lineage lineage) {
        return "mini-lambda stopped a recursive loop: function " + fn.name() + " has been invoked " + lineage.count()
                + " times in one chain of S3 events, each caused by a write of the previous invocation, and bucket "
                + o.bucket().name() + " was about to invoke it again (" + o.eventName() + " of key '" + o.object().key()
                + "'). As AWS Lambda's recursive loop detection does, the event was dropped. Write results to another"
                + " bucket, or to a prefix the notification's filter does not match.";
    }

    /** S3's sequencer: hex that grows with each event, so later events compare greater. */
    private String nextSequencer(Instant now) {
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
        return String.format("%018X", sequence.updateAndGet(previous -> Math.max(previous + 1, micros)));
    }
}
