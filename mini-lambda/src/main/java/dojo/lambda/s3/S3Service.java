package dojo.lambda.s3;

import dojo.lambda.Engine;
import dojo.lambda.account.AccessKey;
import dojo.lambda.account.Authenticated;
import dojo.lambda.api.ApiException;
import dojo.lambda.http.AuthErrors;
import dojo.lambda.http.AwsService;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.InstantSource;

/**
 * An object store that speaks S3's REST API on the engine's port, path-style
 * ({@code http://127.0.0.1:4566/bucket/key}) and virtual-host style
 * ({@code Host: bucket.localhost:4566}), for every account of the engine. Objects stream to disk
 * under {@code <data>/accounts/<account>/s3/}; buckets notify Lambda functions of created and
 * removed objects with S3's event, and a function that keeps triggering itself through a bucket
 * is stopped after {@value Lineage#LIMIT} rounds (see {@link Lineage}). Operations outside the
 * supported set answer S3's {@code NotImplemented} error naming the operation.
 *
 * <p>Register with {@code engine.register(new S3Service(engine, clock))}. Thread-safe.
 */
public final class S3Service implements AwsService, AuthErrors {
    private static final System.Logger LOG = System.getLogger(S3Service.class.getName());

    private final Engine engine;
    private final S3Routes routes;

    /** Serves the buckets kept under {@code engine.dataDir()}; {@code clock} dates objects and events. */
    public S3Service(Engine engine, InstantSource clock) {
        this.engine = engine;
        BucketRegistry buckets = new BucketRegistry(engine.dataDir());
        Notifier notifier = new Notifier(engine.async(), engine.logs(), clock);
        this.routes = new S3Routes(new BucketOperations(buckets, clock), new ListObjects(buckets), new ObjectReads(buckets),
                new PutObject(buckets, notifier, clock), new CopyObject(buckets, notifier, clock),
                new ObjectDeletes(buckets, notifier), new NotificationOperations(buckets, engine.functions()));
    }

    @Override
    public String signingName() {
        return "s3";
    }

    @Override
    public void handle(Context ctx, Authenticated caller) {
        S3Call call = S3Call.of(ctx, caller);
        ctx.header("x-amz-request-id", call.requestId());
        ctx.header("x-amz-id-2", call.hostId());
        try {
            AccessKey signer = engine.accounts().resolveAccessKey(caller.accessKeyId())
                    .orElseThrow(() -> new S3Exception(S3ErrorCode.InvalidAccessKeyId, "The access key was revoked while"
                            + " the request ran; sign with current credentials."));
            routes.dispatch(call, signer);
        } catch (S3Exception e) {
            fail(call, e);
        } catch (org.eclipse.jetty.io.EofException e) {
            // the client went away mid-transfer; there is no one left to answer
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "S3 request " + call.method() + " " + call.resource() + " failed", e);
            fail(call, new S3Exception(S3ErrorCode.InternalError, "mini-lambda's S3 failed on " + call.method() + " "
                    + call.resource() + ": " + e + ". This is a fault of the engine, not of the request."));
        }
    }

    @Override
    public void authFailed(Context ctx, ApiException error) {
        S3Call call = S3Call.of(ctx, null);
        S3Response.error(ctx, S3AuthErrors.translate(ctx, error), call.resource(), call.requestId(), call.hostId());
    }

    private static void fail(S3Call call, S3Exception e) {
        if (call.ctx().res().isCommitted()) {
            return;
        }
        S3Response.error(call.ctx(), e, call.resource(), call.requestId(), call.hostId());
    }
}
