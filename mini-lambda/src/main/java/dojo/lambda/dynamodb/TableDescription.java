package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The TableDescription structure of CreateTable, DescribeTable, UpdateTable and DeleteTable. */
final class TableDescription {
    private TableDescription() {}

    static ObjectNode of(Table t, String status) {
        TableDefinition d = t.definition();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        ArrayNode defs = n.putArray("AttributeDefinitions");
        ArrayNode schema = JsonNodeFactory.instance.arrayNode();
        KeySchema k = d.keys();
        defs.addObject().put("AttributeName", k.partition()).put("AttributeType", k.partitionType());
        schema.addObject().put("AttributeName", k.partition()).put("KeyType", "HASH");
        if (k.hasSort()) {
            defs.addObject().put("AttributeName", k.sort()).put("AttributeType", k.sortType());
            schema.addObject().put("AttributeName", k.sort()).put("KeyType", "RANGE");
        }
        n.put("TableName", d.name());
        n.set("KeySchema", schema);
        n.put("TableStatus", status);
        n.put("CreationDateTime", d.created().toEpochMilli() / 1000.0);
        n.putObject("ProvisionedThroughput").put("NumberOfDecreasesToday", 0)
                .put("ReadCapacityUnits", d.readCapacity()).put("WriteCapacityUnits", d.writeCapacity());
        n.put("TableSizeBytes", t.sizeBytes());
        n.put("ItemCount", t.itemCount());
        n.put("TableArn", d.arn());
        n.put("TableId", d.tableId());
        if (d.billingMode().equals("PAY_PER_REQUEST")) {
            n.putObject("BillingModeSummary").put("BillingMode", "PAY_PER_REQUEST")
                    .put("LastUpdateToPayPerRequestDateTime", d.created().toEpochMilli() / 1000.0);
        }
        if (d.streamEnabled()) {
            n.putObject("StreamSpecification").put("StreamEnabled", true).put("StreamViewType", d.streamViewType());
        }
        if (d.streamLabel() != null) {
            n.put("LatestStreamLabel", d.streamLabel());
            n.put("LatestStreamArn", d.streamArn());
        }
        n.put("DeletionProtectionEnabled", false);
        return n;
    }
}
