package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.lambda.http.JsonProtocolService.JsonReply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** SQS's JSON protocol on the wire: request bodies in, {@code application/x-amz-json-1.0} answers and errors out. */
final class SqsHttp {
    static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private SqsHttp() {}

    static SqsRequest body(byte[] bytes) {
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

    static JsonReply ok(ObjectNode body) {
        try {
            return new JsonReply(200, CONTENT_TYPE, JournalCodec.JSON.writeValueAsBytes(body), Map.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not write an SQS answer as JSON", e);
        }
    }

    /** AWS's error: {@code {"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":..}} plus {@code x-amzn-query-error}. */
    static JsonReply error(SqsError error, String message) {
        return new JsonReply(error.status(), CONTENT_TYPE, JournalCodec.JSON.createObjectNode().put("__type", error.type())
                .put("message", message).toString().getBytes(StandardCharsets.UTF_8), Map.of("x-amzn-query-error", error.queryError()));
    }

    /** A request in SQS's older query protocol (form fields, XML answers), which this engine does not speak. */
    static JsonReply queryProtocol() {
        return new JsonReply(400, "text/xml", ("<?xml version=\"1.0\"?><ErrorResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"><Error>"
                + "<Type>Sender</Type><Code>AWS.SimpleQueueService.UnsupportedOperation</Code><Message>This engine speaks SQS's "
                + "JSON protocol (Content-Type: application/x-amz-json-1.0, X-Amz-Target: AmazonSQS.&lt;Operation&gt;), as the "
                + "current AWS SDKs and CLI do. Update the SDK or CLI that sent this query-protocol request.</Message></Error>"
                + "<RequestId>" + Ids.uuid() + "</RequestId></ErrorResponse>").getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
