package dojo.lambda.dynamodb;

import java.util.Arrays;
import java.util.Base64;

/** A binary attribute's bytes, with content equality and DynamoDB's unsigned byte order. */
record Bytes(byte[] bytes) implements Comparable<Bytes> {
    Bytes {
        bytes = bytes.clone();
    }

    static Bytes ofBase64(String base64) {
        return new Bytes(Base64.getDecoder().decode(base64));
    }

    String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    int length() {
        return bytes.length;
    }

    boolean startsWith(Bytes prefix) {
        return prefix.bytes.length <= bytes.length && Arrays.equals(bytes, 0, prefix.bytes.length, prefix.bytes, 0, prefix.bytes.length);
    }

    boolean contains(Bytes part) {
        for (int i = 0; i + part.bytes.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.bytes.length, part.bytes, 0, part.bytes.length)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int compareTo(Bytes other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return base64();
    }
}
