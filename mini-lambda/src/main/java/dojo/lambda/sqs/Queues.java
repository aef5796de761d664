package dojo.lambda.sqs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every account's queues, kept under {@code <data>/accounts/<accountId>/sqs/<queue>/} (settings
 * in {@code queue.json}, messages in {@code messages.log}) and loaded again when the engine
 * starts. Thread-safe.
 */
final class Queues implements AutoCloseable {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final long RECREATE_WAIT_MILLIS = 60_000;

    private final Path accounts;
    private final InstantSource clock;
    private final LongPolls.Timer timer = new LongPolls.Timer();
    private final Map<String, Queue> queues = new ConcurrentHashMap<>();
    private final Map<String, Long> deletedAt = new ConcurrentHashMap<>();

    Queues(Path dataDir, InstantSource clock) {
        this.accounts = dataDir.resolve("accounts");
        this.clock = clock;
        if (Files.isDirectory(accounts)) {
            try (Stream<Path> files = Files.find(accounts, 4, (p, a) -> p.getFileName().toString().equals("queue.json")
                    && p.getParent().getParent().getFileName().toString().equals("sqs"))) {
                files.forEach(f -> open(QueueMetaFile.read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the queues under " + accounts, e);
            }
        }
    }

    private Queue open(QueueMeta meta) {
        Queue q = new Queue(meta, dir(meta.address()).resolve("messages.log"), clock, timer, this::find);
        queues.put(meta.address().key(), q);
        return q;
    }

    private Path dir(QueueAddress a) {
        return accounts.resolve(a.accountId()).resolve("sqs").resolve(a.name());
    }

    /** CreateQueue: a new queue, or the existing one when every attribute given matches it. */
    synchronized Queue create(QueueAddress address, Map<String, String> attributes, Map<String, String> tags) {
        String base = address.fifo() ? address.name().substring(0, address.name().length() - 5) : address.name();
        if (!NAME.matcher(base).matches() || address.name().length() > 80) {
            throw SqsException.invalidParameter("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in "
                    + "length (a FIFO queue's name ends with .fifo, within the 80). Found '" + address.name() + "'.");
        }
        QueueAttributes wanted = QueueAttributes.create(address.fifo(), attributes);
        Queue existing = queues.get(address.key());
        if (existing != null) {
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                if (!e.getValue().equals(existing.attributes().values().get(e.getKey()))) {
                    throw new SqsException(SqsError.QueueNameExists, "A queue already exists with the same name and a different "
                            + "value for attribute " + e.getKey() + ". Use SetQueueAttributes to change it.");
                }
            }
            return existing;
        }
        Long deleted = deletedAt.get(address.key());
        if (deleted != null && clock.millis() - deleted < RECREATE_WAIT_MILLIS) {
            throw new SqsException(SqsError.QueueDeletedRecently, "You must wait 60 seconds after deleting a queue before you "
                    + "can create another with the same name. Try again in " + (60 - (clock.millis() - deleted) / 1000) + " seconds.");
        }
        checkRedrive(address, wanted);
        long now = clock.millis() / 1000;
        QueueMeta meta = new QueueMeta(address, wanted, tags, now, now);
        QueueMetaFile.write(dir(address).resolve("queue.json"), meta);
        return open(meta);
    }

    Queue get(QueueAddress address) {
        Queue q = queues.get(address.key());
        if (q == null) {
            throw SqsException.noQueue();
        }
        return q;
    }

    /** The queue, or null. */
    Queue find(QueueAddress address) {
        return queues.get(address.key());
    }

    List<Queue> list(String accountId, String prefix) {
        return queues.values().stream().filter(q -> q.address.accountId().equals(accountId))
                .filter(q -> prefix == null || q.address.name().startsWith(prefix))
                .sorted(Comparator.comparing(q -> q.address.name())).toList();
    }

    synchronized void setAttributes(Queue q, Map<String, String> changes) {
        QueueAttributes changed = q.attributes().with(changes, false);
        checkRedrive(q.address, changed);
        save(q, q.meta().withAttributes(changed, clock.millis() / 1000));
    }

    synchronized void setTags(Queue q, Map<String, String> tags) {
        save(q, q.meta().withTags(tags));
    }

    private void save(Queue q, QueueMeta meta) {
        QueueMetaFile.write(dir(q.address).resolve("queue.json"), meta);
        q.meta(meta);
    }

    synchronized void delete(QueueAddress address) {
        Queue q = queues.remove(address.key());
        if (q == null) {
            return;
        }
        q.close();
        deletedAt.put(address.key(), clock.millis());
        try (Stream<Path> files = Files.walk(dir(address))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the files of queue " + address.name(), e);
        }
    }

    private void checkRedrive(QueueAddress source, QueueAttributes a) {
        RedrivePolicy p = a.redrivePolicy();
        if (p == null) {
            return;
        }
        Queue target = find(p.deadLetterTarget());
        String reason = target == null || !p.deadLetterTarget().accountId().equals(source.accountId())
                ? "Dead letter target does not exist." : target.address.fifo() != source.fifo()
                ? "Dead-letter queue must be same type of queue as the source." : null;
        if (reason != null) {
            throw new SqsException(SqsError.InvalidParameterValueException, "Value " + a.values().get("RedrivePolicy")
                    + " for parameter RedrivePolicy is invalid. Reason: " + reason + " Create the dead-letter queue first "
                    + "and give its QueueArn.");
        }
    }

    @Override
    public void close() {
        queues.values().forEach(Queue::close);
        timer.close();
    }
}
