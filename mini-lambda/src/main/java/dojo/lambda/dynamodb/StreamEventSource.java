package dojo.lambda.dynamodb;

import dojo.lambda.Engine;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import dojo.lambda.esm.EventSourceKind;
import dojo.lambda.esm.EventSourceMapping;
import dojo.lambda.esm.MappingSettings;
import dojo.lambda.esm.Poller;
import dojo.lambda.function.DeployedFunction;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Table streams as Lambda event sources ({@code arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>}), with AWS's rules. */
final class StreamEventSource implements EventSourceKind {
    private final DynamoDbService service;
    private final Engine engine;
    private final InstantSource clock;
    private final ConcurrentMap<String, StreamPoller> pollers = new ConcurrentHashMap<>();

    StreamEventSource(DynamoDbService service, Engine engine, InstantSource clock) {
        this.service = service;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public boolean accepts(String eventSourceArn) {
        return eventSourceArn.startsWith("arn:aws:dynamodb:");
    }

    @Override
    public MappingSettings settle(String accountId, String arn, DeployedFunction fn, MappingSettings requested) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !parts[5].matches("table/[^/]+/stream/.+")) {
            throw invalid("Invalid DynamoDB stream ARN " + arn + ". Expected arn:aws:dynamodb:<region>:<account>:table/<table>/stream/"
                    + "<label>, the table's LatestStreamArn as DescribeTable shows it.");
        }
        if (!parts[4].equals(accountId)) {
            throw invalid("The stream " + arn + " belongs to account " + parts[4] + "; this engine maps streams of the function's "
                    + "own account (" + accountId + ") only.");
        }
        AccountTables account = service.account(accountId);
        // a disabled stream (table deleted, stream turned off) still passes, so its mapping can be updated or disabled
        if (account.locked(() -> account.stream(arn)) == null) {
            throw invalid("Stream not found: " + arn + ". Turn the table's stream on (StreamSpecification with StreamEnabled true) "
                    + "and give its LatestStreamArn from DescribeTable.");
        }
        return StreamMappingRules.settle(arn, requested);
    }

    @Override
    public Poller start(EventSourceMapping mapping) {
        pollers.values().removeIf(StreamPoller::finished);
        // the engine closes a changed mapping's poller before starting its successor, which waits for it to end
        return pollers.compute(mapping.uuid(), (uuid, previous) -> StreamPoller.start(mapping, service, engine, clock, previous));
    }

    private static ApiException invalid(String message) {
        return new ApiException(ErrorType.InvalidParameterValueException, message);
    }
}
