package dojo.lambda.sqs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The attributes a caller can set on a queue, validated with AWS's ranges and messages, with
 * AWS's defaults filled in. Immutable; {@link #with} gives a changed copy.
 */
final class QueueAttributes {
    private static final Set<String> FIFO_ONLY = Set.of("ContentBasedDeduplication", "DeduplicationScope", "FifoThroughputLimit");
    private static final Set<String> FREE_TEXT = Set.of("Policy", "RedriveAllowPolicy", "KmsMasterKeyId");
    private static final Map<String, int[]> RANGES = Map.of("DelaySeconds", new int[] {0, 900}, "MaximumMessageSize",
            new int[] {1024, 1_048_576}, "MessageRetentionPeriod", new int[] {60, 1_209_600}, "ReceiveMessageWaitTimeSeconds",
            new int[] {0, 20}, "VisibilityTimeout", new int[] {0, 43_200}, "KmsDataKeyReusePeriodSeconds", new int[] {60, 86_400});

    private final Map<String, String> values;
    private final RedrivePolicy redrive;

    private QueueAttributes(Map<String, String> values) {
        this.values = Map.copyOf(values);
        this.redrive = RedrivePolicy.parse(values.get("RedrivePolicy"));
    }

    /** A new queue's attributes: AWS's defaults overridden by {@code given}. */
    static QueueAttributes create(boolean fifo, Map<String, String> given) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("DelaySeconds", "0");
        v.put("MaximumMessageSize", "1048576");
        v.put("MessageRetentionPeriod", "345600");
        v.put("ReceiveMessageWaitTimeSeconds", "0");
        v.put("VisibilityTimeout", "30");
        v.put("SqsManagedSseEnabled", "true");
        if (fifo) {
            v.put("FifoQueue", "true");
            v.put("ContentBasedDeduplication", "false");
            v.put("DeduplicationScope", "queue");
            v.put("FifoThroughputLimit", "perQueue");
        }
        String asked = given.get("FifoQueue");
        if (asked != null && !asked.equals(String.valueOf(fifo))) {
            throw SqsException.invalidParameter("The name of a FIFO queue can only include alphanumeric characters, hyphens, "
                    + "or underscores, must end with .fifo suffix and be 1 to 80 in length. For a FIFO queue, name it "
                    + "<name>.fifo and set FifoQueue to true; a standard queue leaves FifoQueue out.");
        }
        return new QueueAttributes(v).with(without(given, "FifoQueue"), true);
    }

    /** SetQueueAttributes: the changes checked one by one; FifoQueue cannot change after creation. */
    QueueAttributes with(Map<String, String> changes, boolean creating) {
        Map<String, String> v = new LinkedHashMap<>(values);
        boolean fifo = fifo();
        for (Map.Entry<String, String> e : new TreeMap<>(changes).entrySet()) {
            String name = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue();
            if (name.equals("FifoQueue") && !creating) {
                throw new SqsException(SqsError.InvalidAttributeName, "Unknown Attribute FifoQueue. "
                        + "A queue's type is fixed at creation; create a new queue to change it.");
            } else if (RANGES.containsKey(name)) {
                int[] r = RANGES.get(name);
                if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < r[0] || Integer.parseInt(value) > r[1]) {
                    throw new SqsException(SqsError.InvalidAttributeValue, "Invalid value for the parameter " + name
                            + ". Expected a whole number from " + r[0] + " to " + r[1] + ", found '" + value + "'.");
                }
            } else if (FIFO_ONLY.contains(name) && !fifo) {
                throw new SqsException(SqsError.InvalidAttributeName, "Unknown Attribute " + name + ". It applies to FIFO queues only.");
            } else if (name.equals("ContentBasedDeduplication") || name.equals("SqsManagedSseEnabled")) {
                bool(name, value);
            } else if (name.equals("DeduplicationScope")) {
                oneOf(name, value, "messageGroup", "queue");
            } else if (name.equals("FifoThroughputLimit")) {
                oneOf(name, value, "perQueue", "perMessageGroupId");
            } else if (!name.equals("RedrivePolicy") && !FREE_TEXT.contains(name)) {
                throw new SqsException(SqsError.InvalidAttributeName, "Unknown Attribute " + name + ".");
            }
            v.put(name, value);
        }
        return new QueueAttributes(v);
    }

    private static void bool(String name, String value) {
        oneOf(name, value, "true", "false");
    }

    private static void oneOf(String name, String value, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return;
            }
        }
        throw new SqsException(SqsError.InvalidAttributeValue, "Invalid value for the parameter " + name + ". Expected one of "
                + String.join(", ", allowed) + ", found '" + value + "'.");
    }

    private static Map<String, String> without(Map<String, String> m, String key) {
        Map<String, String> copy = new LinkedHashMap<>(m);
        copy.remove(key);
        return copy;
    }

    Map<String, String> values() {
        return values;
    }

    boolean fifo() {
        return "true".equals(values.get("FifoQueue"));
    }

    int delaySeconds() {
        return Integer.parseInt(values.get("DelaySeconds"));
    }

    int maximumMessageSize() {
        return Integer.parseInt(values.get("MaximumMessageSize"));
    }

    long retentionMillis() {
        return Long.parseLong(values.get("MessageRetentionPeriod")) * 1000;
    }

    int receiveWaitSeconds() {
        return Integer.parseInt(values.get("ReceiveMessageWaitTimeSeconds"));
    }

    int visibilityTimeout() {
        return Integer.parseInt(values.get("VisibilityTimeout"));
    }

    boolean contentBasedDeduplication() {
        return "true".equals(values.get("ContentBasedDeduplication"));
    }

    boolean dedupPerGroup() {
        return "messageGroup".equals(values.get("DeduplicationScope"));
    }

    /** Null when the queue has no dead-letter queue. */
    RedrivePolicy redrivePolicy() {
        return redrive;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueueAttributes a && values.equals(a.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
