package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The DynamoDB Streams API: ListStreams, DescribeStream, GetShardIterator, GetRecords (one shard per stream). */
final class StreamOperations {
    private static final Duration ITERATOR_LIFETIME = Duration.ofMinutes(15);
    private static final Set<String> TYPES = Set.of("TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER");

    private StreamOperations() {}

    static ObjectNode list(AccountTables account, JsonNode req) {
        String table = Fields.text(req, "TableName");
        int limit = Fields.limit(req, "Limit", "limit", 100, 100);
        String start = Fields.text(req, "ExclusiveStartStreamArn");
        return account.locked(() -> {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            ArrayNode streams = out.putArray("Streams");
            boolean started = start == null;
            for (ChangeStream s : account.streams()) {
                ChangeStream.Info i = s.info();
                if (!started) {
                    started = i.arn().equals(start);
                    continue;
                }
                if (table != null && !table.equals(i.tableName())) {
                    continue;
                }
                if (streams.size() == limit) {
                    out.put("LastEvaluatedStreamArn", streams.get(limit - 1).get("StreamArn").asText());
                    break;
                }
                streams.addObject().put("StreamArn", i.arn()).put("TableName", i.tableName()).put("StreamLabel", i.label());
            }
            return out;
        });
    }

    static ObjectNode describe(AccountTables account, JsonNode req) {
        String arn = Fields.required(req, "StreamArn", "streamArn").asText();
        return account.locked(() -> {
            ChangeStream s = stream(account, arn);
            ChangeStream.Info i = s.info();
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            ObjectNode d = out.putObject("StreamDescription");
            d.put("StreamArn", i.arn()).put("StreamLabel", i.label()).put("StreamStatus", s.enabled() ? "ENABLED" : "DISABLED")
                    .put("StreamViewType", i.viewType()).put("CreationRequestDateTime", i.created().toEpochMilli() / 1000.0)
                    .put("TableName", i.tableName());
            ArrayNode schema = d.putArray("KeySchema");
            schema.addObject().put("AttributeName", i.keys().partition()).put("KeyType", "HASH");
            if (i.keys().hasSort()) {
                schema.addObject().put("AttributeName", i.keys().sort()).put("KeyType", "RANGE");
            }
            ObjectNode shard = d.putArray("Shards").addObject().put("ShardId", i.shardId());
            ObjectNode range = shard.putObject("SequenceNumberRange");
            BigInteger first = s.first() != null ? s.first() : account.sequence().add(BigInteger.ONE);
            range.put("StartingSequenceNumber", first.toString());
            if (!s.enabled() && s.last() != null) {
                range.put("EndingSequenceNumber", s.last().toString());
            }
            return out;
        });
    }

    static ObjectNode iterator(AccountTables account, JsonNode req) {
        String arn = Fields.required(req, "StreamArn", "streamArn").asText();
        String shardId = Fields.required(req, "ShardId", "shardId").asText();
        String type = Fields.oneOf(req, "ShardIteratorType", "shardIteratorType", TYPES, null);
        if (type == null) {
            Fields.required(req, "ShardIteratorType", "shardIteratorType");
        }
        String seq = Fields.text(req, "SequenceNumber");
        if (type.endsWith("SEQUENCE_NUMBER") == (seq == null)) {
            throw TableException.validation(type.endsWith("SEQUENCE_NUMBER")
                    ? "SequenceNumber is required when ShardIteratorType is " + type
                    : "SequenceNumber can only be given with AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER, not " + type);
        }
        return account.locked(() -> {
            ChangeStream s = stream(account, arn);
            if (!s.info().shardId().equals(shardId)) {
                throw TableException.notFound("Requested resource not found: Shard does not exist");
            }
            BigInteger position = switch (type) {
                case "TRIM_HORIZON" -> BigInteger.ZERO;
                case "LATEST" -> account.sequence().add(BigInteger.ONE);
                default -> {
                    BigInteger at = sequence(seq);
                    if (at.compareTo(s.trimmedThrough()) <= 0 && s.trimmedThrough().signum() > 0) {
                        throw TableException.of("TrimmedDataAccessException", "The operation attempted to read past the oldest "
                                + "stream record in a shard; records older than 24 hours are trimmed. Start from TRIM_HORIZON.");
                    }
                    yield type.equals("AT_SEQUENCE_NUMBER") ? at : at.add(BigInteger.ONE);
                }
            };
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("ShardIterator", new ShardIterator(arn, shardId, position, account.now()).encode());
            return out;
        });
    }

    static ObjectNode records(AccountTables account, JsonNode req) {
        ShardIterator it = ShardIterator.decode(Fields.required(req, "ShardIterator", "shardIterator").asText());
        int limit = Fields.limit(req, "Limit", "limit", 1000, 1000);
        return account.locked(() -> {
            Instant now = account.now();
            if (now.isAfter(it.issued().plus(ITERATOR_LIFETIME))) {
                throw TableException.of("ExpiredIteratorException", "Iterator expired. The iterator was created at time "
                        + it.issued() + " while right now it's time " + now + " which is further in the future than the tolerated "
                        + "delay of 900000 milliseconds.");
            }
            ChangeStream s = stream(account, it.streamArn());
            List<StreamRecord> records = s.read(it.position(), limit);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            ArrayNode list = out.putArray("Records");
            records.forEach(r -> list.add(r.json(s.info().region())));
            BigInteger next = records.isEmpty() ? it.position() : records.get(records.size() - 1).sequenceNumber().add(BigInteger.ONE);
            boolean closedAndRead = !s.enabled() && (s.last() == null || next.compareTo(s.last()) > 0);
            if (!closedAndRead) {
                out.put("NextShardIterator", new ShardIterator(it.streamArn(), it.shardId(), next, now).encode());
            }
            return out;
        });
    }

    private static ChangeStream stream(AccountTables account, String arn) {
        ChangeStream s = account.stream(arn);
        if (s == null) {
            throw TableException.notFound("Requested resource not found: Stream: " + arn + " not found");
        }
        return s;
    }

    private static BigInteger sequence(String text) {
        try {
            return new BigInteger(text);
        } catch (NumberFormatException e) {
            throw TableException.validation("Invalid SequenceNumber: expected the digits of a record's SequenceNumber, found '" + text + "'");
        }
    }
}
