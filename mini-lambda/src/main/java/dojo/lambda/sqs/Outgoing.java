package dojo.lambda.sqs;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A message as a sender hands it over (SendMessage or one SendMessageBatch entry), checked for
 * what does not depend on the queue: body characters, attribute names, types and count.
 *
 * @param delaySeconds null for the queue's DelaySeconds
 * @param senderId who sent it, as SQS's SenderId attribute shows
 */
record Outgoing(String body, Map<String, MessageAttribute> attributes, String traceHeader, Integer delaySeconds,
        String groupId, String dedupId, String senderId) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,256}");
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]{1,128}");

    Outgoing {
        Objects.requireNonNull(senderId, "senderId");
        attributes = new TreeMap<>(attributes == null ? Map.of() : attributes);
        if (body == null || body.isEmpty()) {
            throw SqsException.missing("MessageBody");
        }
        if (!validCharacters(body)) {
            throw new SqsException(SqsError.InvalidMessageContents, "Invalid characters found. A message body may contain "
                    + "#x9, #xA, #xD and Unicode characters from #x20 up (not #xD800-#xDFFF, #xFFFE, #xFFFF).");
        }
        if (attributes.size() > 10) {
            throw SqsException.invalidParameter("Number of message attributes [" + attributes.size()
                    + "] exceeds the allowed maximum [10].");
        }
        for (Map.Entry<String, MessageAttribute> a : attributes.entrySet()) {
            checkName(a.getKey());
            a.getValue().validate(a.getKey(), "user");
        }
        if (delaySeconds != null && (delaySeconds < 0 || delaySeconds > 900)) {
            throw SqsException.invalidParameter("Value " + delaySeconds + " for parameter DelaySeconds is invalid. "
                    + "Reason: DelaySeconds must be >= 0 and <= 900.");
        }
        token("MessageGroupId", groupId);
        token("MessageDeduplicationId", dedupId);
    }

    private static void checkName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!NAME.matcher(name).matches() || name.startsWith(".") || name.endsWith(".") || name.contains("..")
                || lower.startsWith("aws.") || lower.startsWith("amazon.")) {
            throw SqsException.invalidParameter("Message (user) attribute name '" + name + "' is invalid. "
                    + "Use up to 256 letters, digits, '_', '-' and '.', not starting or ending with '.', without '..', "
                    + "and not starting with 'AWS.' or 'Amazon.'.");
        }
    }

    private static void token(String parameter, String value) {
        if (value != null && !TOKEN.matcher(value).matches()) {
            throw SqsException.invalidParameter("Value " + value + " for parameter " + parameter + " is invalid. "
                    + "Reason: it must be 1 to 128 printable ASCII characters without spaces.");
        }
    }

    private static boolean validCharacters(String s) {
        return s.codePoints().allMatch(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF));
    }

    long size() {
        long n = Md5.utf8(body).length;
        for (Map.Entry<String, MessageAttribute> a : attributes.entrySet()) {
            n += a.getValue().size(a.getKey());
        }
        return n;
    }
}
