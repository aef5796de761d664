package dojo.lambda.billing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * One account's usage: an append-only JSON-lines file and its records in memory, in the order
 * recorded. The file is read on first use and kept open for appending; each record is one
 * write of one line (no fsync, no rewrite). Thread-safe: every method holds the ledger's lock.
 */
final class Ledger {
    private final Path file;
    private final ObjectMapper json;
    private final List<UsageRecord> records = new ArrayList<>();
    private boolean loaded;
    private OutputStream out;

    Ledger(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    synchronized void append(UsageRecord usage) {
        load();
        try {
            byte[] body = json.writeValueAsBytes(usage);
            byte[] line = Arrays.copyOf(body, body.length + 1);
            line[body.length] = '\n';
            if (out == null) {
                Files.createDirectories(file.getParent());
                out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            out.write(line);
        } catch (IOException e) {
            throw failure("append usage to", e);
        }
        records.add(usage);
    }

    synchronized List<UsageRecord> select(Predicate<UsageRecord> filter) {
        load();
        return records.stream().filter(filter).toList();
    }

    synchronized void close() {
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

    private void load() {
        if (loaded) {
            return;
        }
        if (Files.exists(file)) {
            dropUnfinishedLastLine();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    if (!line.isBlank()) {
                        records.add(parse(line, number));
                    }
                }
            } catch (IOException e) {
                throw failure("read", e);
            }
        }
        loaded = true;
    }

    private UsageRecord parse(String line, int number) {
        try {
            return json.readValue(line, UsageRecord.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ApiException(
                    ErrorType.ServiceException,
                    "Expected a usage record as JSON on line " + number + " of " + file + ", found '"
                            + line + "' (" + e.getMessage() + "); fix or remove that line and restart");
        }
    }

    /** A crash mid-append can leave half a line; cut it so the next append starts cleanly. */
    private void dropUnfinishedLastLine() {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = channel.size();
            ByteBuffer one = ByteBuffer.allocate(1);
            long keep = end;
            while (keep > 0) {
                one.clear();
                channel.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < end) {
                channel.truncate(keep);
            }
        } catch (IOException e) {
            throw failure("repair", e);
        }
    }

    private ApiException failure(String action, IOException e) {
        ApiException failure = new ApiException(
                ErrorType.ServiceException,
                "Could not " + action + " the usage file " + file + ": " + e
                        + "; check that the data directory exists, is writable and has free space");
        failure.initCause(e);
        return failure;
    }
}
