package dojo.lambda;

import dojo.lambda.invoke.DestinationRouter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Routes asynchronous invocation records: a function ARN of the same account gets the record as
 * an asynchronous invocation; other kinds (a queue) go to routers that services register.
 */
final class FunctionDestinations implements DestinationRouter {
    private final Engine engine;
    private final List<DestinationRouter> others = new CopyOnWriteArrayList<>();

    FunctionDestinations(Engine engine) {
        this.engine = engine;
    }

    void add(DestinationRouter router) {
        others.add(router);
    }

    @Override
    public boolean deliver(String accountId, String arn, byte[] record) {
        String prefix = "arn:aws:lambda:";
        if (arn.startsWith(prefix)) {
            String[] parts = arn.split(":");
            if (parts.length >= 7 && parts[4].equals(accountId) && parts[5].equals("function")) {
                engine.async().submit(accountId, parts[6], record);
                return true;
            }
            return false;
        }
        for (DestinationRouter r : others) {
            if (r.deliver(accountId, arn, record)) {
                return true;
            }
        }
        return false;
    }
}
