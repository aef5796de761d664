package dojo.lambda.dynamodb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where one stream mapping stands in its shard: the next sequence number to deliver, kept in
 * {@code <data>/accounts/<id>/dynamodb/stream-pollers/<mapping uuid>.position} so polling resumes
 * there after a restart or a change to the mapping. Written atomically after each batch is done.
 */
final class StreamCheckpoint {
    private final Path file;

    StreamCheckpoint(Path dataDir, String accountId, String mappingUuid) {
        this.file = dataDir.resolve("accounts").resolve(accountId).resolve("dynamodb").resolve("stream-pollers")
                .resolve(mappingUuid + ".position");
    }

    /** The stored position, or null before the mapping's first start. */
    BigInteger load() {
        try {
            return Files.exists(file) ? new BigInteger(Files.readString(file, StandardCharsets.UTF_8).trim()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the stream position " + file, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("The stream position file " + file + " holds no sequence number; delete it to start "
                    + "the mapping again from its StartingPosition.", e);
        }
    }

    void save(BigInteger next) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, next.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the stream position " + file, e);
        }
    }
}
