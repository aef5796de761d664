package dojo.lambda.invoke;

/**
 * Delivers an asynchronous invocation record to an on-success or on-failure destination. The
 * engine handles function ARNs itself; other services (a queue) register here as they exist.
 */
public interface DestinationRouter {
    /** @return false when no destination of that kind exists; the record is then dropped and logged */
    boolean deliver(String accountId, String destinationArn, byte[] record);
}
