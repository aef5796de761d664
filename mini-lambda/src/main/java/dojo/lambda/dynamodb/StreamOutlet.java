package dojo.lambda.dynamodb;

import dojo.lambda.Engine;
import dojo.lambda.esm.EventSourceMapping;
import java.math.BigInteger;
import java.time.InstantSource;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Where a stream mapping's finished and discarded records go: its stored position, and its on-failure destination. */
final class StreamOutlet implements ShardDelivery.Outlet {
    private final Engine engine;
    private final EventSourceMapping mapping;
    private final Supplier<ChangeStream.Info> stream;
    private final InstantSource clock;
    private final Consumer<BigInteger> position;

    StreamOutlet(Engine engine, EventSourceMapping mapping, Supplier<ChangeStream.Info> stream, InstantSource clock,
            Consumer<BigInteger> position) {
        this.engine = engine;
        this.mapping = mapping;
        this.stream = stream;
        this.clock = clock;
        this.position = position;
    }

    @Override
    public void advance(BigInteger next) {
        position.accept(next);
    }

    @Override
    public void discard(ShardDelivery.Discarded d) {
        String destination = mapping.settings().onFailureDestination();
        String what = d.records().size() + " record(s) " + d.records().get(0).sequence() + ".." + d.records().get(d.records().size() - 1)
                .sequence() + " of " + mapping.eventSourceArn() + " (" + d.condition() + ")";
        if (destination == null) {
            System.err.println("mini-lambda: event source mapping " + mapping.uuid() + " skipped " + what
                    + "; no DestinationConfig.OnFailure keeps a record of them.");
            return;
        }
        byte[] record = StreamEventJson.bytes(StreamEventJson.failure(d, mapping.functionArn(), stream.get().shardId(),
                mapping.eventSourceArn(), clock.instant()));
        if (!engine.deliverToDestination(mapping.accountId(), destination, record)) {
            System.err.println("mini-lambda: event source mapping " + mapping.uuid() + " could not send the failure record of " + what
                    + " to " + destination + ": no such queue in account " + mapping.accountId() + ". Create it, or change the "
                    + "mapping's DestinationConfig.");
        }
    }
}
