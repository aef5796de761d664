package dojo.lambda.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.lambda.Engine;
import dojo.lambda.account.Authenticated;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * The engine's HTTP endpoint: the AWS Lambda API (so the AWS SDKs and CLI work against it) and
 * the engine's own log, usage and bill endpoints under {@code /mini-lambda/}. Every request is
 * authenticated with SigV4; the access key decides the account. Errors are AWS's shape: header
 * {@code x-amzn-ErrorType} and body {@code {"Type":"User","message":..}}.
 */
public final class LambdaHttp implements AutoCloseable {
    static final String ACCOUNT = "dojo.account";
    private final Javalin app;
    private final int port;

    private LambdaHttp(Javalin app, int port) {
        this.app = app;
        this.port = port;
    }

    /**
     * Starts serving on {@code host:port} and on the Unix socket {@code serviceSocket}, which
     * execution environments reach as their AWS endpoint (relayed into each sandbox).
     */
    public static LambdaHttp start(Engine engine, String host, int port, java.nio.file.Path serviceSocket) {
        // a 50 MB package is ~70 MB of base64 in CreateFunction's Code.ZipFile; Jackson stops at 20 MB
        ObjectMapper json = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxStringLength(100_000_000).build()).build()).registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        FunctionRoutes functions = new FunctionRoutes(engine, json);
        InvokeRoutes invoke = new InvokeRoutes(engine, json);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 80L * 1024 * 1024;
            config.router.ignoreTrailingSlashes = true;
            // SigV4 signs header values exactly as sent; Jetty's header cache would otherwise hand over
            // its own spelling of common values ("charset=UTF-8" becomes "charset=utf-8"). The per-connection cache is off: AWS
            // clients send a new Authorization and X-Amz-Date on every call, so it only grew and slowed each lookup.
            config.jetty.modifyHttpConfiguration(http -> {
                http.setHeaderCacheCaseSensitive(true);
                http.setHeaderCacheSize(0);
            });
            // AWS JSON-protocol calls (SQS, DynamoDB) are answered in front of the servlet layer; Javalin wraps inside
            config.jetty.modifyServer(server -> server.setHandler(new JsonProtocolPath(engine)));
            config.jetty.host = host;
            config.jetty.port = port;
            // Javalin adds its own connector only when none is configured, so both are added here
            config.jetty.addConnector((server, http) -> {
                var tcp = new org.eclipse.jetty.server.ServerConnector(server, new org.eclipse.jetty.server.HttpConnectionFactory(http));
                tcp.setHost(host);
                tcp.setPort(port);
                return tcp;
            });
            config.jetty.addConnector((server, http) -> {
                var uds = new org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector(server,
                        new org.eclipse.jetty.server.HttpConnectionFactory(http));
                uds.setUnixDomainPath(serviceSocket);
                return uds;
            });
            config.routes.before(ctx -> authenticate(engine, ctx));
            functions.register(config.routes);
            new dojo.lambda.esm.MappingRoutes(engine.eventSources(), LambdaHttp::account).register(config.routes);
            invoke.register(config.routes);
            new EngineRoutes(engine, json).register(config.routes);
            config.routes.exception(ApiException.class, (e, ctx) -> error(json, ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> error(json, ctx, new ApiException(ErrorType.ServiceException,
                    "The engine failed while handling " + ctx.method() + " " + ctx.path() + ": " + e)));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                    error(json, ctx, new ApiException(ErrorType.ResourceNotFoundException,
                            "No such operation: " + ctx.method() + " " + ctx.path()
                                    + ". The engine serves the AWS Lambda API under /2015-03-31/functions and friends."));
                }
            });
        });
        app.start();
        try {
            // environments run as an unprivileged user; the socket's directory is the engine's own
            java.nio.file.Files.setPosixFilePermissions(serviceSocket,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        } catch (java.io.IOException e) {
            app.stop();
            throw new java.io.UncheckedIOException("could not open the service socket " + serviceSocket + " to environments", e);
        }
        return new LambdaHttp(app, port);
    }

    public int port() {
        return port;
    }

    static String account(Context ctx) {
        return ((Authenticated) ctx.attribute(ACCOUNT)).account().accountId();
    }

    private static void authenticate(Engine engine, Context ctx) throws Exception {
        for (PublicEndpoint open : engine.publicEndpoints()) {
            if (open.accepts(ctx)) {
                open.serve(ctx);
                ctx.skipRemainingHandlers();
                return;
            }
        }
        Authenticated caller;
        try {
            caller = engine.verifier().verify(Requests.signed(ctx));
        } catch (ApiException e) {
            AwsService target = engine.service(ServiceGuess.fromUnverified(ctx));
            if (target instanceof AuthErrors errors) {
                errors.authFailed(ctx, e);
                ctx.skipRemainingHandlers();
                return;
            }
            throw e;
        }
        ctx.attribute(ACCOUNT, caller);
        if (!caller.service().equals("lambda")) {
            AwsService service = engine.service(caller.service());
            if (service == null) {
                throw new ApiException(ErrorType.InvalidRequestContentException, "This engine does not serve the AWS service '"
                        + caller.service() + "' (signed in the request's credential scope). It serves: lambda"
                        + engine.serviceNames().stream().map(n -> ", " + n).reduce("", String::concat) + ".");
            }
            service.handle(ctx, caller);
            ctx.skipRemainingHandlers();
        }
    }

    static void error(ObjectMapper json, Context ctx, ApiException e) {
        ObjectNode body = json.createObjectNode();
        body.put("Type", e.type() == ErrorType.ServiceException ? "Service" : "User");
        body.put("message", e.getMessage());
        if (e.reason() != null) {
            body.put("Reason", e.reason());
        }
        ctx.status(e.type().status());
        ctx.header("x-amzn-ErrorType", e.type().name());
        ctx.header("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        ctx.contentType("application/json");
        ctx.result(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        app.stop();
    }
}
