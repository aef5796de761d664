package dojo.lambda.sqs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** CreateQueue, GetQueueUrl, DeleteQueue, ListQueues, queue attributes, PurgeQueue and tags in SQS's JSON. */
final class QueueActions {
    private static final Set<String> COMPUTED = Set.of("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
            "ApproximateNumberOfMessagesDelayed", "CreatedTimestamp", "LastModifiedTimestamp", "QueueArn");

    private final Queues queues;
    private final Supplier<String> endpoint;

    QueueActions(Queues queues, Supplier<String> endpoint) {
        this.queues = queues;
        this.endpoint = endpoint;
    }

    ObjectNode create(SqsRequest r, Caller c) {
        Queue q = queues.create(new QueueAddress(c.accountId(), r.required("QueueName")), r.strings("Attributes"), r.strings("tags"));
        return url(q);
    }

    ObjectNode url(SqsRequest r, Caller c) {
        String owner = r.text("QueueOwnerAWSAccountId");
        if (owner != null && !owner.equals(c.accountId())) {
            throw SqsException.noQueue();
        }
        return url(queues.get(new QueueAddress(c.accountId(), r.required("QueueName"))));
    }

    private ObjectNode url(Queue q) {
        return JournalCodec.JSON.createObjectNode().put("QueueUrl", q.address.url(endpoint.get()));
    }

    ObjectNode delete(SqsRequest r, Caller c) {
        queues.delete(c.queue(queues, r).address);
        return JournalCodec.JSON.createObjectNode();
    }

    ObjectNode list(SqsRequest r, Caller c) {
        Integer max = r.integer("MaxResults");
        if (max != null && (max < 1 || max > 1000)) {
            throw SqsException.invalidParameter("Value " + max + " for parameter MaxResults is invalid. Reason: MaxResults must be "
                    + "an integer between 1 and 1000.");
        }
        String after = r.text("NextToken") == null ? null
                : new String(Base64.getUrlDecoder().decode(r.text("NextToken")), StandardCharsets.UTF_8);
        List<Queue> all = queues.list(c.accountId(), r.text("QueueNamePrefix")).stream()
                .filter(q -> after == null || q.address.name().compareTo(after) > 0).toList();
        int n = Math.min(all.size(), max == null ? 1000 : max);
        ObjectNode out = JournalCodec.JSON.createObjectNode();
        ArrayNode urls = out.putArray("QueueUrls");
        all.subList(0, n).forEach(q -> urls.add(q.address.url(endpoint.get())));
        if (max != null && n < all.size()) {
            out.put("NextToken", Base64.getUrlEncoder().encodeToString(Md5.utf8(all.get(n - 1).address.name())));
        }
        return out;
    }

    ObjectNode attributes(SqsRequest r, Caller c) {
        Queue q = c.queue(queues, r);
        List<String> names = r.list("AttributeNames");
        Map<String, String> all = new TreeMap<>(q.attributes().values());
        RedrivePolicy redrive = q.attributes().redrivePolicy();
        all.remove("RedrivePolicy");
        if (redrive != null) {
            all.put("RedrivePolicy", redrive.json());
        }
        QueueCounts counts = q.counts();
        all.put("ApproximateNumberOfMessages", Integer.toString(counts.visible()));
        all.put("ApproximateNumberOfMessagesNotVisible", Integer.toString(counts.notVisible()));
        all.put("ApproximateNumberOfMessagesDelayed", Integer.toString(counts.delayed()));
        all.put("CreatedTimestamp", Long.toString(q.meta().createdTimestamp()));
        all.put("LastModifiedTimestamp", Long.toString(q.meta().lastModifiedTimestamp()));
        all.put("QueueArn", q.address.arn());
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String name : names) {
            if (name.equals("All")) {
                chosen.putAll(all);
            } else if (all.containsKey(name)) {
                chosen.put(name, all.get(name));
            } else if (!COMPUTED.contains(name) && !q.attributes().values().containsKey(name)
                    && !Set.of("RedrivePolicy", "Policy", "RedriveAllowPolicy", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds",
                            "SqsManagedSseEnabled", "FifoQueue", "ContentBasedDeduplication", "DeduplicationScope",
                            "FifoThroughputLimit").contains(name)) {
                throw new SqsException(SqsError.InvalidAttributeName, "Unknown Attribute " + name + ".");
            }
        }
        ObjectNode out = JournalCodec.JSON.createObjectNode();
        if (!chosen.isEmpty()) {
            ObjectNode a = out.putObject("Attributes");
            chosen.forEach(a::put);
        }
        return out;
    }

    ObjectNode setAttributes(SqsRequest r, Caller c) {
        queues.setAttributes(c.queue(queues, r), r.strings("Attributes"));
        return JournalCodec.JSON.createObjectNode();
    }

    ObjectNode purge(SqsRequest r, Caller c) {
        c.queue(queues, r).purge();
        return JournalCodec.JSON.createObjectNode();
    }

    ObjectNode tag(SqsRequest r, Caller c) {
        Queue q = c.queue(queues, r);
        Map<String, String> tags = new TreeMap<>(q.meta().tags());
        tags.putAll(r.strings("Tags"));
        queues.setTags(q, tags);
        return JournalCodec.JSON.createObjectNode();
    }

    ObjectNode untag(SqsRequest r, Caller c) {
        Queue q = c.queue(queues, r);
        Map<String, String> tags = new TreeMap<>(q.meta().tags());
        r.list("TagKeys").forEach(tags::remove);
        queues.setTags(q, tags);
        return JournalCodec.JSON.createObjectNode();
    }

    ObjectNode tags(SqsRequest r, Caller c) {
        ObjectNode out = JournalCodec.JSON.createObjectNode();
        ObjectNode tags = out.putObject("Tags");
        c.queue(queues, r).meta().tags().forEach(tags::put);
        return out;
    }

    ObjectNode deadLetterSources(SqsRequest r, Caller c) {
        Queue target = c.queue(queues, r);
        ObjectNode out = JournalCodec.JSON.createObjectNode();
        ArrayNode urls = out.putArray("queueUrls");
        for (Queue q : queues.list(c.accountId(), null)) {
            RedrivePolicy p = q.attributes().redrivePolicy();
            if (p != null && p.deadLetterTarget().equals(target.address)) {
                urls.add(q.address.url(endpoint.get()));
            }
        }
        return out;
    }
}
