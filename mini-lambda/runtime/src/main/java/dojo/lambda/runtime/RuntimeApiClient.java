package dojo.lambda.runtime;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Lambda Runtime API as seen from inside an environment ({@code /2018-06-01/runtime/...}).
 * Any answer outside the contract is a platform fault ({@link RuntimeApiException}).
 */
final class RuntimeApiClient {
    static final String ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type";
    private static final String BASE = "/2018-06-01/runtime";

    private final HttpConnection http;

    RuntimeApiClient(HttpConnection http) {
        this.http = http;
    }

    /** Long-polls for the next event; blocks as long as the environment is idle. */
    Invocation next() {
        HttpResponse response = send("GET", BASE + "/invocation/next", Map.of(), null);
        if (response.status() != 200) {
            throw unexpected("GET /invocation/next", 200, response);
        }
        String requestId = response.header("Lambda-Runtime-Aws-Request-Id");
        if (requestId == null || requestId.isEmpty()) {
            throw new RuntimeApiException(
                    "GET /invocation/next answered without a Lambda-Runtime-Aws-Request-Id header", null);
        }
        return new Invocation(
                requestId,
                deadline(response.header("Lambda-Runtime-Deadline-Ms")),
                response.header("Lambda-Runtime-Invoked-Function-Arn"),
                response.header("Lambda-Runtime-Trace-Id"),
                response.header("Lambda-Runtime-Client-Context"),
                response.header("Lambda-Runtime-Cognito-Identity"),
                response.header("Lambda-Runtime-Aws-Tenant-Id"),
                response.body());
    }

    /**
     * Posts the handler's response. A 413 (response past 6 MB) is not a platform fault: the Runtime
     * API itself answers the caller with the size error, and the environment stays usable.
     */
    void postResponse(String requestId, Payload response) {
        HttpResponse answer = send("POST", BASE + "/invocation/" + requestId + "/response",
                Map.of("Content-Type", "application/json"), response.bytes());
        if (answer.status() != 202 && answer.status() != 413) {
            throw unexpected("POST /invocation/" + requestId + "/response", 202, answer);
        }
    }

    void postError(String requestId, FunctionErrorType type, ErrorReport report) {
        postReport(BASE + "/invocation/" + requestId + "/error", type, report);
    }

    void postInitError(FunctionErrorType type, ErrorReport report) {
        postReport(BASE + "/init/error", type, report);
    }

    private void postReport(String path, FunctionErrorType type, ErrorReport report) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put(ERROR_TYPE_HEADER, type.header());
        HttpResponse answer = send("POST", path, headers, Payload.utf8(report.toJson()).bytes());
        if (answer.status() != 202) {
            throw unexpected("POST " + path.substring(BASE.length()), 202, answer);
        }
    }

    private HttpResponse send(String method, String path, Map<String, String> headers, byte[] body) {
        try {
            return http.exchange(method, path, headers, body);
        } catch (IOException e) {
            throw new RuntimeApiException(method + ' ' + path + " failed: " + e.getMessage(), e);
        }
    }

    private static long deadline(String header) {
        if (header == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw new RuntimeApiException(
                    "Expected Lambda-Runtime-Deadline-Ms to be epoch milliseconds, found: " + header, e);
        }
    }

    private static RuntimeApiException unexpected(String call, int expected, HttpResponse response) {
        return new RuntimeApiException(call + " expected status " + expected + " but got " + response.status()
                + ": " + response.body().text(), null);
    }
}
