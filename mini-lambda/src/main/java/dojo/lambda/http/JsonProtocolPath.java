package dojo.lambda.http;

import dojo.lambda.Engine;
import dojo.lambda.account.Authenticated;
import dojo.lambda.account.SignedRequest;
import dojo.lambda.api.ApiException;
import dojo.lambda.http.JsonProtocolService.JsonCall;
import dojo.lambda.http.JsonProtocolService.JsonReply;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The short way in for AWS JSON-protocol calls ({@code POST /} with {@code X-Amz-Target}, signed
 * for a {@link JsonProtocolService}): read the body, verify the signature, let the service answer,
 * write the reply, all on Jetty's own request and response without the servlet layer and the web
 * framework's routing, which cost as much CPU per call as the service itself. Everything else
 * (the Lambda API, S3, public gateway endpoints) passes on to the framework unchanged.
 */
final class JsonProtocolPath extends Handler.Wrapper {
    /** DynamoDB's largest request is a 16 MB batch; SQS's is 1 MB. Larger bodies are refused before they are read whole. */
    static final int MAX_BODY = 16 * 1024 * 1024 + 64 * 1024;
    private final Engine engine;

    JsonProtocolPath(Engine engine) {
        this.engine = engine;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        JsonProtocolService service = target(request);
        if (service == null) {
            return super.handle(request, response, callback);
        }
        long length = request.getLength();
        if (length > MAX_BODY) {
            write(response, callback, tooLarge(service, length));
            return true;
        }
        Content.Source.asByteArrayAsync(request, MAX_BODY).whenComplete((body, failure) -> {
            if (failure != null) {
                write(response, callback, failure instanceof IllegalArgumentException || length < 0 ? tooLarge(service, length)
                        : new JsonReply(400, "text/plain", ("Could not read the request body: " + failure.getMessage())
                                .getBytes(StandardCharsets.UTF_8), Map.of()));
                return;
            }
            answer(service, request, body).whenComplete((reply, broken) -> write(response, callback,
                    broken == null ? reply : engineFault(broken)));
        });
        return true;
    }

    /** The JSON-protocol service a request is for, judged from method, path, target and unverified scope; null to pass it on. */
    private JsonProtocolService target(Request request) {
        if (!"POST".equals(request.getMethod()) || !"/".equals(request.getHttpURI().getPath())) {
            return null;
        }
        var headers = request.getHeaders();
        if (!headers.contains("X-Amz-Target") || publicEndpoint(headers.get(HttpHeader.HOST))) {
            return null;
        }
        return engine.service(ServiceGuess.fromAuthorization(headers.get(HttpHeader.AUTHORIZATION))) instanceof JsonProtocolService s ? s : null;
    }

    private boolean publicEndpoint(String host) {
        for (PublicEndpoint open : engine.publicEndpoints()) {
            if (open.accepts("/", host)) {
                return true;
            }
        }
        return false;
    }

    private CompletableFuture<JsonReply> answer(JsonProtocolService service, Request request, byte[] body) {
        var headers = request.getHeaders();
        Map<String, List<String>> signed = new LinkedHashMap<>();
        for (HttpField f : headers) {
            signed.computeIfAbsent(f.getName(), n -> new ArrayList<>(1)).add(f.getValue());
        }
        SignedRequest received = new SignedRequest("POST", request.getHttpURI().getPath(), request.getHttpURI().getQuery(), signed, body);
        Authenticated caller;
        try {
            caller = engine.verifier().verify(received);
        } catch (ApiException e) {
            return CompletableFuture.completedFuture(service.authFailed(e));
        }
        try {
            return service.answer(new JsonCall("POST", "/", headers.get("X-Amz-Target"), headers.get(HttpHeader.CONTENT_TYPE), body), caller);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(engineFault(e));
        }
    }

    private static void write(Response response, Callback callback, JsonReply reply) {
        response.setStatus(reply.status());
        var out = response.getHeaders();
        out.put("x-amzn-RequestId", requestId());
        reply.headers().forEach(out::put);
        out.put(HttpHeader.CONTENT_TYPE, reply.contentType());
        out.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    private static JsonReply tooLarge(JsonProtocolService service, long length) {
        return new JsonReply(413, "application/x-amz-json-1.0", ("{\"__type\":\"RequestEntityTooLarge\",\"message\":\"The request body"
                + (length >= 0 ? " of " + length + " bytes" : "") + " is larger than the " + MAX_BODY + " bytes this engine's "
                + service.signingName() + " accepts. Send smaller requests (fewer items or messages per call).\"}")
                .getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static JsonReply engineFault(Throwable e) {
        var body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("__type", "InternalFailure")
                .put("message", "The engine failed while answering this call: " + e + ". This is a fault of the engine, not of the request.");
        return new JsonReply(500, "application/x-amz-json-1.0", body.toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Unique, not secret: a request id per call without SecureRandom's cost. */
    static String requestId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }
}
