package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One SQS JSON request body (or batch entry), read with SQS's errors for missing and mistyped fields. */
record SqsRequest(JsonNode body) {
    String text(String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw SqsException.invalidParameter("Expected " + field + " to be a string, found " + v.getNodeType() + ".");
        }
        return v.asText();
    }

    String required(String field) {
        String v = text(field);
        if (v == null) {
            throw SqsException.missing(field);
        }
        return v;
    }

    Integer integer(String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw SqsException.invalidParameter("Value " + v + " for parameter " + field + " is invalid. Reason: expected a whole number.");
        }
        return v.asInt();
    }

    Map<String, String> strings(String field) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode v = body.path(field);
        if (!v.isMissingNode() && !v.isNull() && !v.isObject()) {
            throw SqsException.invalidParameter("Expected " + field + " to be a map of strings, found " + v.getNodeType() + ".");
        }
        v.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }

    List<String> list(String field) {
        List<String> out = new ArrayList<>();
        body.path(field).forEach(x -> out.add(x.asText()));
        return out;
    }

    List<SqsRequest> entries() {
        JsonNode v = body.path("Entries");
        if (!v.isArray() || v.isEmpty()) {
            throw new SqsException(SqsError.EmptyBatchRequest, "There should be at least one entry in the request.");
        }
        if (v.size() > 10) {
            throw new SqsException(SqsError.TooManyEntriesInBatchRequest, "Maximum number of entries per request are 10. You have sent "
                    + v.size() + ".");
        }
        List<SqsRequest> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (JsonNode e : v) {
            SqsRequest entry = new SqsRequest(e);
            String id = entry.text("Id");
            if (id == null || !id.matches("[A-Za-z0-9_-]{1,80}")) {
                throw new SqsException(SqsError.InvalidBatchEntryId, "A batch entry id can only contain alphanumeric characters, "
                        + "hyphens and underscores. It can be at most 80 letters long. Found '" + id + "'.");
            }
            if (!ids.add(id)) {
                throw new SqsException(SqsError.BatchEntryIdsNotDistinct, "Id " + id + " repeated.");
            }
            out.add(entry);
        }
        return out;
    }
}
