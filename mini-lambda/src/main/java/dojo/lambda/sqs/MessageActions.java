package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/** SendMessage(Batch), ReceiveMessage, DeleteMessage(Batch) and ChangeMessageVisibility(Batch) in SQS's JSON. */
final class MessageActions {
    private final Queues queues;

    MessageActions(Queues queues) {
        this.queues = queues;
    }

    ObjectNode send(SqsRequest r, Caller c) {
        return sent(c.queue(queues, r).send(outgoing(r, c)), JournalCodec.JSON.createObjectNode());
    }

    ObjectNode sendBatch(SqsRequest r, Caller c) {
        Queue q = c.queue(queues, r);
        List<SqsRequest> entries = r.entries();
        long total = entries.stream().mapToLong(e -> e.text("MessageBody") == null ? 0 : Md5.utf8(e.text("MessageBody")).length).sum();
        if (total > q.attributes().maximumMessageSize()) {
            throw new SqsException(SqsError.BatchRequestTooLong, "Batch requests cannot be longer than "
                    + q.attributes().maximumMessageSize() + " bytes. You have sent " + total + " bytes.");
        }
        return batch(entries, (e, ok) -> sent(q.send(outgoing(e, c)), ok));
    }

    private static ObjectNode sent(SendResult s, ObjectNode out) {
        out.put("MD5OfMessageBody", s.md5OfBody());
        if (s.md5OfAttributes() != null) {
            out.put("MD5OfMessageAttributes", s.md5OfAttributes());
        }
        if (s.md5OfSystemAttributes() != null) {
            out.put("MD5OfMessageSystemAttributes", s.md5OfSystemAttributes());
        }
        out.put("MessageId", s.messageId());
        if (s.sequenceNumber() != null) {
            out.put("SequenceNumber", s.sequenceNumber());
        }
        return out;
    }

    private static Outgoing outgoing(SqsRequest r, Caller c) {
        String trace = null;
        JsonNode system = r.body().path("MessageSystemAttributes");
        for (var it = system.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!name.equals("AWSTraceHeader")) {
                throw SqsException.invalidParameter("Message system attribute name '" + name + "' is invalid. "
                        + "The only one a sender may set is AWSTraceHeader.");
            }
            trace = system.path(name).path("StringValue").asText(null);
        }
        return new Outgoing(r.text("MessageBody"), MessageJson.attributes(r.body().get("MessageAttributes")), trace,
                r.integer("DelaySeconds"), r.text("MessageGroupId"), r.text("MessageDeduplicationId"), c.senderId());
    }

    CompletableFuture<ObjectNode> receive(SqsRequest r, Caller c) {
        Queue q = c.queue(queues, r);
        int max = range(r.integer("MaxNumberOfMessages"), 1, 1, 10, "MaxNumberOfMessages", "Must be between 1 and 10, if provided.");
        Integer visibility = r.integer("VisibilityTimeout");
        range(visibility, 0, 0, 43_200, "VisibilityTimeout", "Must be between 0 and 43200, if provided.");
        int wait = range(r.integer("WaitTimeSeconds"), q.attributes().receiveWaitSeconds(), 0, 20, "WaitTimeSeconds",
                "Must be >= 0 and <= 20, if provided.");
        Set<String> system = new HashSet<>(r.list("AttributeNames"));
        system.addAll(r.list("MessageSystemAttributeNames"));
        List<String> names = r.list("MessageAttributeNames");
        return q.receive(max, visibility, wait * 1000L).thenApply(list -> {
            ObjectNode out = JournalCodec.JSON.createObjectNode();
            if (!list.isEmpty()) {
                ArrayNode messages = out.putArray("Messages");
                list.forEach(d -> messages.add(message(d, system, names)));
            }
            return out;
        });
    }

    private static ObjectNode message(Delivery d, Set<String> system, List<String> names) {
        ObjectNode m = JournalCodec.JSON.createObjectNode();
        m.put("MessageId", d.content().messageId()).put("ReceiptHandle", d.receiptHandle()).put("MD5OfBody", d.content().md5OfBody())
                .put("Body", d.content().body());
        Map<String, String> attributes = MessageJson.systemAttributes(d, system);
        if (!attributes.isEmpty()) {
            ObjectNode a = m.putObject("Attributes");
            attributes.forEach(a::put);
        }
        Map<String, MessageAttribute> chosen = new java.util.TreeMap<>();
        d.content().attributes().forEach((k, v) -> {
            if (MessageJson.wanted(k, names)) {
                chosen.put(k, v);
            }
        });
        if (!chosen.isEmpty()) {
            m.put("MD5OfMessageAttributes", Md5.ofAttributes(chosen));
            ObjectNode a = m.putObject("MessageAttributes");
            chosen.forEach((k, v) -> a.set(k, MessageJson.attribute(v, false)));
        }
        return m;
    }

    ObjectNode delete(SqsRequest r, Caller c) {
        c.queue(queues, r).delete(r.required("ReceiptHandle"));
        return JournalCodec.JSON.createObjectNode();
    }

    ObjectNode deleteBatch(SqsRequest r, Caller c) {
        Queue q = c.queue(queues, r);
        return batch(r.entries(), (e, ok) -> q.delete(e.required("ReceiptHandle")));
    }

    ObjectNode changeVisibility(SqsRequest r, Caller c) {
        Queue q = c.queue(queues, r);
        q.changeVisibility(r.required("ReceiptHandle"), visibility(r));
        return JournalCodec.JSON.createObjectNode();
    }

    ObjectNode changeVisibilityBatch(SqsRequest r, Caller c) {
        Queue q = c.queue(queues, r);
        return batch(r.entries(), (e, ok) -> q.changeVisibility(e.required("ReceiptHandle"), visibility(e)));
    }

    private static int visibility(SqsRequest r) {
        Integer v = r.integer("VisibilityTimeout");
        if (v == null) {
            throw SqsException.missing("VisibilityTimeout");
        }
        return v;
    }

    /** Runs each entry on its own: a failing entry goes to Failed with SQS's code, the others still run. */
    private static ObjectNode batch(List<SqsRequest> entries, BiConsumer<SqsRequest, ObjectNode> action) {
        ObjectNode out = JournalCodec.JSON.createObjectNode();
        ArrayNode ok = out.putArray("Successful");
        ArrayNode failed = out.putArray("Failed");
        for (SqsRequest e : entries) {
            ObjectNode result = JournalCodec.JSON.createObjectNode().put("Id", e.text("Id"));
            try {
                action.accept(e, result);
                ok.add(result);
            } catch (SqsException x) {
                failed.add(JournalCodec.JSON.createObjectNode().put("Id", e.text("Id")).put("SenderFault", x.error().status() < 500)
                        .put("Code", x.error().queryError().split(";")[0]).put("Message", x.getMessage()));
            }
        }
        return out;
    }

    private static int range(Integer value, int fallback, int min, int max, String name, String reason) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw SqsException.invalidParameter("Value " + v + " for parameter " + name + " is invalid. Reason: " + reason);
        }
        return v;
    }
}
