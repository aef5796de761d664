package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;

/**
 * A queue's messages on disk: an append-only log of changes, one JSON line each, written
 * straight to the file (no buffer to lose on a restart; no fsync, so a machine crash may lose
 * the last writes). When dead lines outnumber live ones the log is rewritten from the live
 * messages. Not thread-safe: its queue calls it under the queue's lock.
 */
final class Journal implements AutoCloseable {
    private static final int MIN_COMPACT_LINES = 10_000;

    private final Path file;
    private FileChannel channel;
    private long lines;

    private Journal(Path file, long lines) throws IOException {
        this.file = file;
        this.lines = lines;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Replays {@code file} into {@code into} and opens it for appending. */
    static Journal open(Path file, JournalReplay into) {
        try {
            long lines = 0;
            if (Files.exists(file)) {
                try (var reader = Files.newBufferedReader(file)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        if (!line.isBlank()) {
                            lines++;
                            into.apply(parse(line));
                        }
                    }
                }
            }
            return new Journal(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the queue journal " + file, e);
        }
    }

    private static JsonNode parse(String line) throws IOException {
        try {
            return JournalCodec.JSON.readTree(line);
        } catch (IOException e) {
            // a line cut short by a crash: the change it described is lost, the rest still counts
            return JournalCodec.JSON.createObjectNode().put("op", "?");
        }
    }

    void sent(StoredMessage m) {
        write(JournalCodec.message(m));
    }

    /** The hot path (every receive): ids and handles need no JSON escaping, so the line is built by hand. */
    void state(StoredMessage m) {
        write("{\"op\":\"s\",\"id\":\"" + m.id() + "\",\"n\":" + m.receiveCount + ",\"f\":" + m.firstReceiveAt + ",\"v\":"
                + m.visibleAt + (m.receiptHandle == null ? "" : ",\"h\":\"" + m.receiptHandle + "\"") + "}\n");
    }

    void deleted(String messageId) {
        write("{\"op\":\"d\",\"id\":\"" + messageId + "\"}\n");
    }

    void purged() {
        write(JournalCodec.JSON.createObjectNode().put("op", "p"));
    }

    void dedup(String key, String messageId, String sequence, long at) {
        ObjectNode n = JournalCodec.JSON.createObjectNode().put("op", "x").put("key", key).put("id", messageId).put("at", at);
        write(sequence == null ? n : n.put("seq", sequence));
    }

    /** True when rewriting would drop most of the file. */
    boolean wantsCompaction(int live) {
        return lines > MIN_COMPACT_LINES && lines > 4L * (live + 1);
    }

    /** Rewrites the log as the live messages plus {@code extra} lines (deduplication records). */
    void compact(Collection<StoredMessage> live, Collection<ObjectNode> extra) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                for (StoredMessage m : live) {
                    out.write(line(JournalCodec.message(m)));
                }
                for (ObjectNode n : extra) {
                    out.write(line(n));
                }
            }
            channel.close();
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            lines = live.size() + extra.size();
        } catch (IOException e) {
            throw new UncheckedIOException("could not compact the queue journal " + file, e);
        }
    }

    private void write(ObjectNode n) {
        try {
            write(line(n));
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a journal line for " + file, e);
        }
    }

    private void write(String line) {
        write(ByteBuffer.wrap(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private void write(ByteBuffer b) {
        try {
            while (b.hasRemaining()) {
                channel.write(b);
            }
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the queue journal " + file + "; is the data directory full?", e);
        }
    }

    private static ByteBuffer line(ObjectNode n) throws IOException {
        byte[] json = JournalCodec.JSON.writeValueAsBytes(n);
        return ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing is buffered: every change is already in the file
        }
    }
}
