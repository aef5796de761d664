package dojo.lambda.http;

import dojo.lambda.account.Authenticated;
import io.javalin.http.Context;

/**
 * An AWS-shaped service served on the engine's one port next to the Lambda API (object store,
 * queue, table, ...). The engine authenticates every request with SigV4 and hands it to the
 * service whose signing name is in the request's credential scope; the service answers in its
 * own wire format, including its own error shapes, and acts for {@code caller}'s account only.
 *
 * <p>Implementations are thread-safe; {@link #handle} runs on the HTTP server's threads.
 */
public interface AwsService {
    /** The SigV4 signing name of this service's requests: {@code s3}, {@code sqs}, {@code dynamodb}. */
    String signingName();

    /** Answers one authenticated request; dispatch on method, path and headers is the service's. */
    void handle(Context ctx, Authenticated caller) throws Exception;
}
