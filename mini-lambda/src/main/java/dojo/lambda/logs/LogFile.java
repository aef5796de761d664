package dojo.lambda.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One function's events on disk: JSON lines, appended through a buffer that the store flushes
 * periodically (no fsync, no open per line). Not thread-safe; its {@link FunctionLog} guards it.
 */
final class LogFile {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path path;
    private final ObjectMapper json;
    private OutputStream out;
    private long bytes;

    /** The JSON form of events on disk: ISO-8601 timestamps. */
    static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    LogFile(Path path, ObjectMapper json) {
        this.path = path;
        this.json = json;
    }

    /** The last {@code max} events on disk, oldest first; drops a line left half-written by a crash. */
    List<LogEvent> loadTail(int max) {
        if (!Files.exists(path)) {
            return List.of();
        }
        List<LogEvent> tail = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = lastNewline(channel, channel.size()) + 1;
            channel.truncate(end);
            bytes = end;
            channel.position(startOfLastLines(channel, end, max));
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                try {
                    tail.add(json.readValue(line, LogEvent.class));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    // A garbled line costs one log event, not the function's whole log.
                }
            }
        } catch (IOException e) {
            throw failure("read", e);
        }
        return tail;
    }

    void append(LogEvent event) {
        try {
            if (out == null) {
                Files.createDirectories(path.getParent());
                out = new BufferedOutputStream(
                        Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                        BUFFER_BYTES);
            }
            byte[] line = json.writeValueAsBytes(event);
            out.write(line);
            out.write('\n');
            bytes += line.length + 1;
        } catch (IOException e) {
            throw failure("append to", e);
        }
    }

    void flush() {
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            throw failure("flush", e);
        }
    }

    long bytes() {
        return bytes;
    }

    /** Replaces the file with {@code kept} (atomically), so the file stops growing without bound. */
    void rewrite(List<LogEvent> kept) {
        close();
        Path next = path.resolveSibling(path.getFileName() + ".next");
        try (OutputStream rewritten = new BufferedOutputStream(Files.newOutputStream(next), BUFFER_BYTES)) {
            for (LogEvent event : kept) {
                rewritten.write(json.writeValueAsBytes(event));
                rewritten.write('\n');
            }
        } catch (IOException e) {
            throw failure("compact", e);
        }
        try {
            Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            bytes = Files.size(path);
        } catch (IOException e) {
            throw failure("replace", e);
        }
    }

    void delete() {
        close();
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw failure("delete", e);
        }
    }

    void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            throw failure("close", e);
        } finally {
            out = null;
        }
    }

    private static long lastNewline(FileChannel channel, long end) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long at = end - 1; at >= 0; at--) {
            one.clear();
            channel.read(one, at);
            if (one.get(0) == '\n') {
                return at;
            }
        }
        return -1;
    }

    /** Reads backwards in blocks until {@code max} whole lines before {@code end} are found. */
    private static long startOfLastLines(FileChannel channel, long end, int max) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(BUFFER_BYTES);
        long blockEnd = end;
        int newlines = 0;
        while (blockEnd > 0) {
            long blockStart = Math.max(0, blockEnd - block.capacity());
            block.clear().limit((int) (blockEnd - blockStart));
            while (block.hasRemaining() && channel.read(block, blockStart + block.position()) >= 0) {
                // read fully
            }
            for (int i = block.limit() - 1; i >= 0; i--) {
                // the newline ending the last line counts too, so max lines start after newline max + 1
                if (block.get(i) == '\n' && ++newlines == max + 1) {
                    return blockStart + i + 1;
                }
            }
            blockEnd = blockStart;
        }
        return 0;
    }

    private ApiException failure(String action, IOException e) {
        ApiException failure = new ApiException(ErrorType.ServiceException, "Could not " + action
                + " the log file " + path + ": " + e + "; check that the data directory is writable and has free space");
        failure.initCause(e);
        return failure;
    }
}
