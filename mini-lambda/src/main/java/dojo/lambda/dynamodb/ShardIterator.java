package dojo.lambda.dynamodb;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A position in a stream's shard, handed to the caller as an opaque string: the next sequence
 * number to read and when the iterator was issued (iterators expire after 15 minutes, as on AWS).
 */
record ShardIterator(String streamArn, String shardId, BigInteger position, Instant issued) {
    ShardIterator {
        Objects.requireNonNull(streamArn, "streamArn");
        Objects.requireNonNull(shardId, "shardId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(issued, "issued");
    }

    String encode() {
        String plain = streamArn + "|" + shardId + "|" + position + "|" + issued.toEpochMilli();
        return streamArn + "|1|" + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static ShardIterator decode(String text) {
        try {
            String encoded = text.substring(text.lastIndexOf('|') + 1);
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\\|");
            return new ShardIterator(parts[0], parts[1], new BigInteger(parts[2]), Instant.ofEpochMilli(Long.parseLong(parts[3])));
        } catch (RuntimeException e) {
            throw TableException.validation("Invalid ShardIterator: it must be a value returned by GetShardIterator or GetRecords "
                    + "(NextShardIterator), unchanged");
        }
    }
}
