package dojo.lambda.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * An account's tables on disk: {@code snapshot.json} (the state at some point, naming the log
 * that continues it) and that log, {@code changes-<n>.log}, one JSON event per line, flushed
 * per write. Compaction writes a new snapshot naming a new, empty log, then deletes the old
 * log, so a crash at any step leaves a snapshot and exactly the log that follows it.
 */
final class TableLog implements AutoCloseable {
    private static final long COMPACT_AFTER_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private long generation;
    private OutputStream out;
    private long bytes;

    private TableLog(Path dir) {
        this.dir = dir;
    }

    /** Opens {@code dir}, feeding the snapshot (if any) and then every logged event to the consumers. */
    static TableLog open(Path dir, Consumer<JsonNode> snapshot, Consumer<TableEvent> events) {
        TableLog log = new TableLog(dir);
        try {
            Files.createDirectories(dir);
            Path snap = dir.resolve("snapshot.json");
            if (Files.exists(snap)) {
                JsonNode s = JSON.readTree(snap.toFile());
                log.generation = s.get("log").asLong();
                snapshot.accept(s);
            }
            Path current = log.logFile(log.generation);
            if (Files.exists(current)) {
                try (BufferedReader in = Files.newBufferedReader(current, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        // a torn last line is a write that never completed; stop there
                        if (!line.isBlank() && line.endsWith("}")) {
                            events.accept(TableJson.event(JSON.readTree(line)));
                        }
                    }
                }
            }
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the tables under " + dir + "; move the folder aside to start empty", e);
        }
    }

    private Path logFile(long gen) {
        return dir.resolve("changes-" + gen + ".log");
    }

    void append(TableEvent e) {
        try {
            if (out == null) {
                out = Files.newOutputStream(logFile(generation), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            byte[] line = (JSON.writeValueAsString(TableJson.event(e)) + "\n").getBytes(StandardCharsets.UTF_8);
            out.write(line);
            out.flush();
            bytes += line.length;
        } catch (IOException x) {
            throw new UncheckedIOException("Could not append to the table log in " + dir, x);
        }
    }

    boolean wantsCompaction() {
        return bytes > COMPACT_AFTER_BYTES;
    }

    /** Replaces snapshot and log with {@code state}, the whole current state. */
    void compact(ObjectNode state) {
        try {
            long next = generation + 1;
            state.put("log", next);
            Path tmp = dir.resolve("snapshot.json.tmp");
            JSON.writeValue(tmp.toFile(), state);
            Files.move(tmp, dir.resolve("snapshot.json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            close();
            Files.deleteIfExists(logFile(generation));
            generation = next;
            bytes = 0;
        } catch (IOException x) {
            throw new UncheckedIOException("Could not write the table snapshot in " + dir, x);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
