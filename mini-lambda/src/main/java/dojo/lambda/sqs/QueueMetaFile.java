package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** A queue's {@code queue.json}: written whole to a temporary file and moved into place. */
final class QueueMetaFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueueMetaFile() {}

    static void write(Path file, QueueMeta meta) {
        ObjectNode n = JSON.createObjectNode().put("accountId", meta.address().accountId()).put("name", meta.address().name())
                .put("created", meta.createdTimestamp()).put("lastModified", meta.lastModifiedTimestamp());
        ObjectNode attrs = n.putObject("attributes");
        meta.attributes().values().forEach(attrs::put);
        ObjectNode tags = n.putObject("tags");
        meta.tags().forEach(tags::put);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    static QueueMeta read(Path file) {
        try {
            JsonNode n = JSON.readTree(file.toFile());
            QueueAddress address = new QueueAddress(n.path("accountId").asText(), n.path("name").asText());
            Map<String, String> attrs = strings(n.path("attributes"));
            boolean fifo = address.fifo();
            attrs.remove("FifoQueue");
            return new QueueMeta(address, QueueAttributes.create(fifo, attrs), strings(n.path("tags")), n.path("created").asLong(),
                    n.path("lastModified").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + "; fix or remove that queue's folder", e);
        }
    }

    private static Map<String, String> strings(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
