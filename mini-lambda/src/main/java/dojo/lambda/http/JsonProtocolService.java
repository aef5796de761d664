package dojo.lambda.http;

import dojo.lambda.account.Authenticated;
import dojo.lambda.api.ApiException;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A service speaking one of AWS's JSON protocols ({@code POST /} with an {@code X-Amz-Target}
 * header naming the operation and a JSON body: SQS, DynamoDB). The engine answers these calls
 * below its web framework ({@link JsonProtocolPath}), since they are the hot path of every
 * handler that keeps state outside itself; a request that arrives some other way (another method,
 * no target) still reaches {@link #handle}, which answers it with the same code.
 *
 * <p>Implementations are thread-safe and never throw from {@link #answer}: every failure becomes
 * a reply in the service's own error shape.
 */
public interface JsonProtocolService extends AwsService, AuthErrors {

    /** One call as received: method and path (for error messages), {@code X-Amz-Target} (may be null), content type and body. */
    record JsonCall(String method, String path, String target, String contentType, byte[] body) {
        public JsonCall {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            contentType = contentType == null ? "" : contentType;
            body = body == null ? new byte[0] : body;
        }
    }

    /** One answer: status, content type, body and any further headers ({@code x-amzn-RequestId} is added by the engine). */
    record JsonReply(int status, String contentType, byte[] body, Map<String, String> headers) {
        public JsonReply {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            headers = Map.copyOf(headers);
        }
    }

    /** Answers {@code call} for {@code caller}'s account; the future may complete later (a long poll) on another thread. */
    CompletableFuture<JsonReply> answer(JsonCall call, Authenticated caller);

    /** The reply to a request whose signature failed, in this service's error shape. */
    JsonReply authFailed(ApiException error);

    @Override
    default void handle(Context ctx, Authenticated caller) {
        CompletableFuture<JsonReply> reply = answer(new JsonCall(ctx.method().name(), ctx.path(), ctx.header("X-Amz-Target"),
                ctx.contentType(), ctx.bodyAsBytes()), caller);
        if (reply.isDone()) {
            write(ctx, reply.join());
        } else {
            ctx.future(() -> reply.thenAccept(r -> write(ctx, r)));
        }
    }

    @Override
    default void authFailed(Context ctx, ApiException error) {
        write(ctx, authFailed(error));
    }

    private static void write(Context ctx, JsonReply reply) {
        ctx.disableCompression();
        ctx.status(reply.status());
        ctx.header("x-amzn-RequestId", JsonProtocolPath.requestId());
        reply.headers().forEach(ctx::header);
        ctx.contentType(reply.contentType());
        ctx.result(reply.body());
    }
}
