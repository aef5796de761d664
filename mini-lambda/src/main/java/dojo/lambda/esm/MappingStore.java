package dojo.lambda.esm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Mappings on disk, one JSON file each: {@code <data>/accounts/<accountId>/event-source-mappings/<uuid>.json}. */
final class MappingStore {
    private final Path accounts;

    MappingStore(Path dataDir) {
        this.accounts = dataDir.resolve("accounts");
    }

    List<EventSourceMapping> load() {
        List<EventSourceMapping> out = new ArrayList<>();
        if (!Files.isDirectory(accounts)) {
            return out;
        }
        try (Stream<Path> files = Files.find(accounts, 3, (p, a) -> p.getParent().getFileName().toString().equals("event-source-mappings")
                && p.toString().endsWith(".json"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                out.add(read(MappingJson.JSON.readTree(f.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the event source mappings under " + accounts, e);
        }
        return out;
    }

    void save(EventSourceMapping m) {
        ObjectNode n = MappingJson.render(m, null);
        n.put("AccountId", m.accountId());
        Path file = file(m);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, MappingJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save event source mapping " + m.uuid() + " to " + file, e);
        }
    }

    void delete(EventSourceMapping m) {
        try {
            Files.deleteIfExists(file(m));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete event source mapping file " + file(m), e);
        }
    }

    private Path file(EventSourceMapping m) {
        return accounts.resolve(m.accountId()).resolve("event-source-mappings").resolve(m.uuid() + ".json");
    }

    private static EventSourceMapping read(JsonNode n) {
        MappingState state = MappingState.valueOf(n.path("State").asText());
        state = switch (state) {
            case Creating, Enabling, Enabled, Updating -> MappingState.Enabled;
            case Disabling, Disabled, Deleting -> MappingState.Disabled;
        };
        return new EventSourceMapping(n.path("UUID").asText(), n.path("AccountId").asText(), n.path("EventSourceArn").asText(),
                n.path("FunctionArn").asText(), MappingJson.settings(n, MappingSettings.NONE), state,
                n.path("StateTransitionReason").asText("USER_INITIATED"),
                Instant.ofEpochMilli((long) (n.path("LastModified").asDouble() * 1000)));
    }
}
