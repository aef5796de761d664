package dojo.lambda.gateway;

import com.fasterxml.jackson.databind.JsonNode;

/** A management call's answer: the status and the JSON body, or no body (204). */
record ManagementReply(int status, JsonNode body) {
    static ManagementReply created(JsonNode body) {
        return new ManagementReply(201, body);
    }

    static ManagementReply ok(JsonNode body) {
        return new ManagementReply(200, body);
    }

    static ManagementReply noContent() {
        return new ManagementReply(204, null);
    }
}
