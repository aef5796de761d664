package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;

/** SQS's JSON protocol on the wire: request bodies in, {@code application/x-amz-json-1.0} answers and errors out. */
final class SqsHttp {
    static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private SqsHttp() {}

    static SqsRequest body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            return new SqsRequest(JournalCodec.JSON.createObjectNode());
        }
        try {
            JsonNode n = JournalCodec.JSON.readTree(bytes);
            if (n != null && n.isObject()) {
                return new SqsRequest(n);
            }
        } catch (IOException e) {
            // answered below
        }
        throw new SqsException(SqsError.InvalidParameterValueException, "The request body is not a JSON object. "
                + "SQS's JSON protocol sends the operation's input as one JSON object.");
    }

    static void ok(Context ctx, ObjectNode body) {
        ctx.status(200);
        ctx.header("x-amzn-RequestId", Ids.uuid());
        ctx.contentType(CONTENT_TYPE);
        try {
            ctx.result(JournalCodec.JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not write an SQS answer as JSON", e);
        }
    }

    /** AWS's error: {@code {"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":..}} plus {@code x-amzn-query-error}. */
    static void error(Context ctx, SqsError error, String message) {
        ctx.status(error.status());
        ctx.header("x-amzn-RequestId", Ids.uuid());
        ctx.header("x-amzn-query-error", error.queryError());
        ctx.contentType(CONTENT_TYPE);
        ctx.result(JournalCodec.JSON.createObjectNode().put("__type", error.type()).put("message", message).toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A request in SQS's older query protocol (form fields, XML answers), which this engine does not speak. */
    static void queryProtocol(Context ctx) {
        ctx.status(400);
        ctx.contentType("text/xml");
        ctx.result("<?xml version=\"1.0\"?><ErrorResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"><Error>"
                + "<Type>Sender</Type><Code>AWS.SimpleQueueService.UnsupportedOperation</Code><Message>This engine speaks SQS's "
                + "JSON protocol (Content-Type: application/x-amz-json-1.0, X-Amz-Target: AmazonSQS.&lt;Operation&gt;), as the "
                + "current AWS SDKs and CLI do. Update the SDK or CLI that sent this query-protocol request.</Message></Error>"
                + "<RequestId>" + Ids.uuid() + "</RequestId></ErrorResponse>");
    }
}
