package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;

/** The state a journal describes, rebuilt line by line when a queue is opened. */
final class JournalReplay {
    final LinkedHashMap<String, StoredMessage> messages = new LinkedHashMap<>();
    final Deduplication dedup = new Deduplication();
    String lastSequence;

    void apply(JsonNode n) {
        switch (n.path("op").asText()) {
            case "m" -> {
                StoredMessage m = JournalCodec.readMessage(n);
                messages.put(m.id(), m);
                sequence(m.content.sequenceNumber());
            }
            case "s" -> {
                StoredMessage m = messages.get(n.path("id").asText());
                if (m != null) {
                    JournalCodec.readState(n, m);
                }
            }
            case "d" -> messages.remove(n.path("id").asText());
            case "p" -> messages.clear();
            case "x" -> {
                String seq = JournalCodec.text(n, "seq");
                dedup.remember(n.path("key").asText(), new Deduplication.Entry(n.path("id").asText(), seq, n.path("at").asLong()));
                sequence(seq);
            }
            default -> {
                // an unreadable line (cut short by a crash) changes nothing
            }
        }
    }

    private void sequence(String seq) {
        if (seq != null && (lastSequence == null || seq.compareTo(lastSequence) > 0)) {
            lastSequence = seq;
        }
    }
}
