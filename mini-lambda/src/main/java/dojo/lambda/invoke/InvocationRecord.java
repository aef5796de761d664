package dojo.lambda.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;

/** AWS's asynchronous invocation record, the body a destination receives. */
final class InvocationRecord {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InvocationRecord() {}

    static byte[] json(String functionArn, String requestId, String condition, int invokeCount, Instant at, byte[] payload,
            InvokeResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", "1.0");
        root.put("timestamp", at.toString());
        ObjectNode ctx = root.putObject("requestContext");
        ctx.put("requestId", requestId);
        ctx.put("functionArn", functionArn + ":$LATEST");
        ctx.put("condition", condition);
        ctx.put("approximateInvokeCount", invokeCount);
        root.set("requestPayload", parse(payload));
        if (result != null) {
            ObjectNode response = root.putObject("responseContext");
            response.put("statusCode", 200);
            response.put("executedVersion", "$LATEST");
            if (result.functionError() != null) {
                response.put("functionError", result.functionError());
            }
            root.set("responsePayload", parse(result.payload()));
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("could not write an invocation record", e);
        }
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(AsyncInvoker.utf8(bytes));
        }
    }
}
