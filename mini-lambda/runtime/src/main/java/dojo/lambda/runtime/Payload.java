package dojo.lambda.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/** Bytes of an event or a response, compared by content. */
record Payload(byte[] bytes) {
    static final Payload EMPTY = new Payload(new byte[0]);
    static final Payload JSON_NULL = new Payload(new byte[] {'n', 'u', 'l', 'l'});

    Payload {
        Objects.requireNonNull(bytes, "bytes");
    }

    static Payload utf8(String text) {
        return new Payload(text.getBytes(StandardCharsets.UTF_8));
    }

    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Payload p && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Payload[" + bytes.length + " bytes]";
    }
}
