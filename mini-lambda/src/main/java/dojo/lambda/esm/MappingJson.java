package dojo.lambda.esm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Event source mappings in the Lambda API's JSON (EventSourceMappingConfiguration), both ways. */
final class MappingJson {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> UNSUPPORTED = List.of("FilterCriteria", "TumblingWindowInSeconds", "Topics", "Queues",
            "SourceAccessConfigurations", "SelfManagedEventSource", "SelfManagedKafkaEventSourceConfig",
            "AmazonManagedKafkaEventSourceConfig", "DocumentDBEventSourceConfig", "KMSKeyArn", "MetricsConfig", "ProvisionedPollerConfig");

    private MappingJson() {}

    static ObjectNode render(EventSourceMapping m, String lastProcessingResult) {
        MappingSettings s = m.settings();
        ObjectNode n = JSON.createObjectNode().put("UUID", m.uuid());
        if (s.startingPosition() != null) {
            n.put("StartingPosition", s.startingPosition());
        }
        if (s.startingPositionTimestamp() != null) {
            n.put("StartingPositionTimestamp", s.startingPositionTimestamp().toEpochMilli() / 1000.0);
        }
        putIfSet(n, "BatchSize", s.batchSize());
        putIfSet(n, "MaximumBatchingWindowInSeconds", s.maximumBatchingWindowInSeconds());
        putIfSet(n, "ParallelizationFactor", s.parallelizationFactor());
        n.put("EventSourceArn", m.eventSourceArn()).put("FunctionArn", m.functionArn())
                .put("LastModified", m.lastModified().toEpochMilli() / 1000.0);
        if (lastProcessingResult != null) {
            n.put("LastProcessingResult", lastProcessingResult);
        }
        n.put("State", m.state().name()).put("StateTransitionReason", m.stateTransitionReason());
        if (s.onFailureDestination() != null) {
            n.putObject("DestinationConfig").putObject("OnFailure").put("Destination", s.onFailureDestination());
        }
        putIfSet(n, "MaximumRecordAgeInSeconds", s.maximumRecordAgeInSeconds());
        if (s.bisectBatchOnFunctionError() != null) {
            n.put("BisectBatchOnFunctionError", s.bisectBatchOnFunctionError());
        }
        putIfSet(n, "MaximumRetryAttempts", s.maximumRetryAttempts());
        ArrayNode types = n.putArray("FunctionResponseTypes");
        (s.functionResponseTypes() == null ? List.<String>of() : s.functionResponseTypes()).forEach(types::add);
        if (s.maximumConcurrency() != null) {
            n.putObject("ScalingConfig").put("MaximumConcurrency", s.maximumConcurrency());
        }
        n.put("EventSourceMappingArn", m.arn());
        return n;
    }

    /** The settings a Create or Update request gives, over {@code base} (the mapping's current ones on an update). */
    static MappingSettings settings(JsonNode b, MappingSettings base) {
        for (String field : UNSUPPORTED) {
            JsonNode v = b.get(field);
            if (v != null && !v.isNull() && !(v.isContainerNode() && v.isEmpty()) && !(field.equals("FilterCriteria")
                    && v.path("Filters").isEmpty())) {
                throw new ApiException(ErrorType.InvalidParameterValueException, field + " is not supported by this engine. "
                        + "Supported: BatchSize, MaximumBatchingWindowInSeconds, FunctionResponseTypes, ScalingConfig, and for "
                        + "streams StartingPosition, MaximumRetryAttempts, BisectBatchOnFunctionError, MaximumRecordAgeInSeconds, "
                        + "ParallelizationFactor, DestinationConfig.");
            }
        }
        JsonNode scaling = b.get("ScalingConfig");
        Integer concurrency = scaling == null ? base.maximumConcurrency() : integer(scaling, "MaximumConcurrency", null);
        JsonNode dest = b.path("DestinationConfig").path("OnFailure");
        String onFailure = b.has("DestinationConfig") ? text(dest, "Destination", null) : base.onFailureDestination();
        Instant ts = b.hasNonNull("StartingPositionTimestamp")
                ? Instant.ofEpochMilli((long) (b.get("StartingPositionTimestamp").asDouble() * 1000)) : base.startingPositionTimestamp();
        List<String> types = base.functionResponseTypes();
        if (b.has("FunctionResponseTypes")) {
            types = new ArrayList<>();
            for (JsonNode t : b.get("FunctionResponseTypes")) {
                types.add(t.asText());
            }
        }
        Boolean bisect = b.hasNonNull("BisectBatchOnFunctionError") ? Boolean.valueOf(b.get("BisectBatchOnFunctionError").asBoolean())
                : base.bisectBatchOnFunctionError();
        return new MappingSettings(integer(b, "BatchSize", base.batchSize()),
                integer(b, "MaximumBatchingWindowInSeconds", base.maximumBatchingWindowInSeconds()), types, concurrency,
                text(b, "StartingPosition", base.startingPosition()), ts, integer(b, "MaximumRetryAttempts", base.maximumRetryAttempts()),
                bisect, integer(b, "MaximumRecordAgeInSeconds", base.maximumRecordAgeInSeconds()),
                integer(b, "ParallelizationFactor", base.parallelizationFactor()), onFailure);
    }

    static Integer integer(JsonNode n, String field, Integer fallback) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ApiException(ErrorType.InvalidRequestContentException, "Expected " + field + " to be a whole number, found " + v + ".");
        }
        return v.asInt();
    }

    static String text(JsonNode n, String field, String fallback) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static void putIfSet(ObjectNode n, String field, Integer v) {
        if (v != null) {
            n.put(field, v);
        }
    }
}
