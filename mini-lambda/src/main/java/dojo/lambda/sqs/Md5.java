package dojo.lambda.sqs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checksums SQS returns and the AWS SDKs verify: MD5 of the body's UTF-8 bytes, and MD5 of
 * the message attributes encoded as AWS specifies (attributes sorted by name; for each the
 * 4-byte big-endian length and bytes of the name, of the data type, then a transport byte
 * 1 string / 2 binary / 3 string list / 4 binary list and the length-prefixed value or values).
 */
final class Md5 {
    /** Looking MD5 up through the security providers costs more than hashing a message; digest() resets it. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Md5::newDigest);

    private Md5() {}

    static String ofBody(String body) {
        return HexFormat.of().formatHex(digest().digest(utf8(body)));
    }

    /** Null for no attributes: AWS then leaves the field out. */
    static String ofAttributes(Map<String, MessageAttribute> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return null;
        }
        MessageDigest md = digest();
        for (Map.Entry<String, MessageAttribute> e : new TreeMap<>(attributes).entrySet()) {
            MessageAttribute a = e.getValue();
            lengthAndBytes(md, utf8(e.getKey()));
            lengthAndBytes(md, utf8(a.dataType()));
            if (a.stringValue() != null) {
                md.update((byte) 1);
                lengthAndBytes(md, utf8(a.stringValue()));
            } else if (a.binaryValue() != null) {
                md.update((byte) 2);
                lengthAndBytes(md, a.binaryValue());
            } else if (!a.stringListValues().isEmpty()) {
                md.update((byte) 3);
                a.stringListValues().forEach(s -> lengthAndBytes(md, utf8(s)));
            } else if (!a.binaryListValues().isEmpty()) {
                md.update((byte) 4);
                a.binaryListValues().forEach(b -> lengthAndBytes(md, b));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void lengthAndBytes(MessageDigest md, byte[] bytes) {
        md.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        md.update(bytes);
    }

    private static MessageDigest digest() {
        MessageDigest md = DIGEST.get();
        md.reset();
        return md;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no MD5, which SQS checksums need", e);
        }
    }
}
