package dojo.lambda.s3;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Reads and writes the small JSON files of the object store, replacing each file atomically. */
final class StateFiles {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private StateFiles() {}

    /** The value in {@code file}, or null when the file does not parse (cut short by a crash). */
    static <T> T readIfWhole(Path file, Class<T> type) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the object store's state file " + file, e);
        }
    }

    static <T> T read(Path file, Class<T> type) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the object store's state file " + file
                    + "; it may have been edited by hand. Restore it or remove its bucket folder.", e);
        }
    }

    /**
     * Writes {@code value} to the new file {@code file}. A crash may leave it cut short; readers
     * of such files ({@link ObjectIndex}) treat one that does not parse as never written.
     */
    static void create(Path file, Object value) {
        try (var out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            JSON.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the object store's state file " + file, e);
        }
    }

    /** Writes {@code value} to a temporary file in {@code scratch}, then moves it over {@code file}. */
    static void write(Path file, Object value, Path scratch) {
        try {
            Path temp = scratch.resolve(UUID.randomUUID() + ".json");
            JSON.writeValue(temp.toFile(), value);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the object store's state file " + file, e);
        }
    }
}
