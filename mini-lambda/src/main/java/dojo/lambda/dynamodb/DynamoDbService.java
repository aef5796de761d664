package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dojo.lambda.account.Authenticated;
import dojo.lambda.api.ApiException;
import dojo.lambda.http.JsonProtocolService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;

/**
 * DynamoDB and DynamoDB Streams on the engine's port, speaking AWS's JSON 1.0 protocol: {@code POST /}
 * with {@code X-Amz-Target: DynamoDB_20120810.<Op>} or {@code DynamoDBStreams_20120810.<Op>}
 * (both signed as {@code dynamodb}). Every answer carries {@code x-amz-crc32}, which the AWS SDKs check.
 * Tables are kept per account under {@code <data>/accounts/<id>/dynamodb} and survive restarts.
 *
 * <p>Thread-safe.
 */
public final class DynamoDbService implements JsonProtocolService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Tables tables;
    private final StreamSignal signal = new StreamSignal();

    public DynamoDbService(Path dataDir, InstantSource clock) {
        this.tables = new Tables(dataDir, clock, signal::changed);
    }

    /**
     * Opens the engine's tables and plugs them in: the DynamoDB and DynamoDB Streams API on the
     * engine's port, and table streams as event sources for CreateEventSourceMapping.
     */
    public static DynamoDbService install(dojo.lambda.Engine engine, InstantSource clock) {
        DynamoDbService service = new DynamoDbService(engine.dataDir(), clock);
        engine.register(service);
        engine.eventSources().addKind(new StreamEventSource(service, engine, clock));
        return service;
    }

    @Override
    public String signingName() {
        return "dynamodb";
    }

    @Override
    public CompletableFuture<JsonReply> answer(JsonCall call, Authenticated caller) {
        try {
            String target = call.target();
            if (!call.method().equals("POST") || target == null) {
                throw new TableException(TableException.CORAL_SERVICE, "UnknownOperationException", 400,
                        "DynamoDB answers POST / with an X-Amz-Target header such as DynamoDB_20120810.GetItem; found "
                                + call.method() + " " + call.path() + (target == null ? " without X-Amz-Target" : ""), null);
            }
            JsonNode req = body(call.body());
            AccountTables account = tables.account(caller.account().accountId());
            return CompletableFuture.completedFuture(reply(200, dispatch(target, req, account, caller.region())));
        } catch (TableException e) {
            return CompletableFuture.completedFuture(reply(e.status(), e.body()));
        }
    }

    private static JsonNode body(byte[] bytes) {
        try {
            JsonNode req = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
            if (!req.isObject()) {
                throw TableException.serialization("The request body must be a JSON object, found " + req.getNodeType());
            }
            return req;
        } catch (IOException e) {
            throw TableException.serialization("The request body is not valid JSON: " + e.getMessage());
        }
    }

    private static ObjectNode dispatch(String target, JsonNode req, AccountTables a, String region) {
        return switch (target) {
            case "DynamoDB_20120810.CreateTable" -> TableOperations.create(a, req, region);
            case "DynamoDB_20120810.DescribeTable" -> TableOperations.describe(a, req);
            case "DynamoDB_20120810.ListTables" -> TableOperations.list(a, req);
            case "DynamoDB_20120810.UpdateTable" -> TableOperations.update(a, req);
            case "DynamoDB_20120810.DeleteTable" -> TableOperations.delete(a, req);
            case "DynamoDB_20120810.PutItem" -> ItemOperations.put(a, req);
            case "DynamoDB_20120810.GetItem" -> ItemOperations.get(a, req);
            case "DynamoDB_20120810.UpdateItem" -> ItemOperations.update(a, req);
            case "DynamoDB_20120810.DeleteItem" -> ItemOperations.delete(a, req);
            case "DynamoDB_20120810.Query" -> ReadOperations.query(a, req);
            case "DynamoDB_20120810.Scan" -> ReadOperations.scan(a, req);
            case "DynamoDB_20120810.TransactWriteItems" -> Transactions.write(a, req);
            case "DynamoDB_20120810.BatchWriteItem" -> Batches.write(a, req);
            case "DynamoDB_20120810.BatchGetItem" -> Batches.get(a, req);
            case "DynamoDBStreams_20120810.ListStreams" -> StreamOperations.list(a, req);
            case "DynamoDBStreams_20120810.DescribeStream" -> StreamOperations.describe(a, req);
            case "DynamoDBStreams_20120810.GetShardIterator" -> StreamOperations.iterator(a, req);
            case "DynamoDBStreams_20120810.GetRecords" -> StreamOperations.records(a, req);
            default -> throw new TableException(TableException.CORAL_SERVICE, "UnknownOperationException", 400,
                    "This engine's DynamoDB does not support the operation " + target + ". Supported: CreateTable, DescribeTable, "
                            + "ListTables, UpdateTable, DeleteTable, PutItem, GetItem, UpdateItem, DeleteItem, Query, Scan, "
                            + "TransactWriteItems, BatchWriteItem, BatchGetItem; streams: ListStreams, DescribeStream, "
                            + "GetShardIterator, GetRecords.", null);
        };
    }

    @Override
    public JsonReply authFailed(ApiException error) {
        // DynamoDB answers signature failures with 400 and the coral service namespace
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("__type", TableException.CORAL_SERVICE + error.type().name());
        body.put("message", error.getMessage());
        return reply(400, body);
    }

    private static JsonReply reply(int status, ObjectNode body) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not write a DynamoDB answer as JSON", e);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new JsonReply(status, "application/x-amz-json-1.0", bytes, Map.of("x-amz-crc32", Long.toString(crc.getValue())));
    }

    /** The account's tables, for the stream poller. */
    AccountTables account(String accountId) {
        return tables.account(accountId);
    }

    StreamSignal signal() {
        return signal;
    }
}
