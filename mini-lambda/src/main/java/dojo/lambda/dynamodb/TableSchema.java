package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CreateTable's key schema, attribute definitions, throughput and stream checks, in AWS's words. */
final class TableSchema {
    private static final Set<String> VIEW_TYPES = Set.of("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY");

    private TableSchema() {}

    static KeySchema keys(JsonNode req) {
        JsonNode schema = Fields.required(req, "KeySchema", "keySchema");
        JsonNode defs = Fields.required(req, "AttributeDefinitions", "attributeDefinitions");
        if (schema.size() < 1 || schema.size() > 2) {
            throw Fields.modelError("Value '" + schema + "' at 'keySchema' failed to satisfy constraint: "
                    + "Member must have length less than or equal to 2 and greater than or equal to 1");
        }
        Map<String, String> types = new LinkedHashMap<>();
        int i = 1;
        for (JsonNode d : defs) {
            String type = d.path("AttributeType").asText();
            if (!Set.of("S", "N", "B").contains(type)) {
                throw Fields.modelError("Value '" + type + "' at 'attributeDefinitions." + i
                        + ".member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]");
            }
            types.put(d.path("AttributeName").asText(), type);
            i++;
        }
        String hash = schema.get(0).path("AttributeName").asText();
        if (!schema.get(0).path("KeyType").asText().equals("HASH")) {
            throw TableException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        String range = null;
        if (schema.size() == 2) {
            range = schema.get(1).path("AttributeName").asText();
            if (!schema.get(1).path("KeyType").asText().equals("RANGE")) {
                throw TableException.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
            }
            if (range.equals(hash)) {
                throw TableException.validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
            }
        }
        List<String> keyNames = new ArrayList<>(List.of(hash));
        if (range != null) {
            keyNames.add(range);
        }
        if (!types.keySet().containsAll(keyNames)) {
            throw TableException.validation("One or more parameter values were invalid: Some index key attributes are not defined in "
                    + "AttributeDefinitions. Keys: " + keyNames + ", AttributeDefinitions: " + new ArrayList<>(types.keySet()));
        }
        if (types.size() != keyNames.size()) {
            throw TableException.validation("One or more parameter values were invalid: Number of attributes in KeySchema does not "
                    + "exactly match number of attributes defined in AttributeDefinitions");
        }
        return new KeySchema(hash, types.get(hash), range, range == null ? null : types.get(range));
    }

    /** Read and write capacity units; 0 and 0 for on-demand tables. */
    static long[] throughput(JsonNode req, String billing) {
        JsonNode t = req.get("ProvisionedThroughput");
        boolean given = t != null && !t.isNull();
        if (billing.equals("PAY_PER_REQUEST")) {
            if (given) {
                throw TableException.validation("One or more parameter values were invalid: Neither ReadCapacityUnits nor "
                        + "WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
            return new long[] {0, 0};
        }
        if (!given) {
            throw TableException.validation("No provisioned throughput specified for the table");
        }
        long read = t.path("ReadCapacityUnits").asLong();
        long write = t.path("WriteCapacityUnits").asLong();
        if (read < 1 || write < 1) {
            throw TableException.validation("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits "
                    + "must both be specified (at least 1) when BillingMode is PROVISIONED");
        }
        return new long[] {read, write};
    }

    /** The view type of an enabled stream, or null for none. */
    static String streamViewType(JsonNode spec) {
        if (spec == null || spec.isNull()) {
            return null;
        }
        boolean enabled = spec.path("StreamEnabled").asBoolean(false);
        String viewType = Fields.oneOf(spec, "StreamViewType", "streamSpecification.streamViewType", VIEW_TYPES, null);
        if (enabled && viewType == null) {
            throw TableException.validation("One or more parameter values were invalid: StreamViewType is required when "
                    + "StreamEnabled is true; choose NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES or KEYS_ONLY");
        }
        if (!enabled && viewType != null) {
            throw TableException.validation("One or more parameter values were invalid: StreamViewType cannot be specified when "
                    + "StreamEnabled is false");
        }
        return viewType;
    }
}
