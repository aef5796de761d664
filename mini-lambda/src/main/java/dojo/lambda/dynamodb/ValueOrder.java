package dojo.lambda.dynamodb;

import java.util.Comparator;

/**
 * DynamoDB's order of scalar values, used by key ranges and by {@code < <= > >= BETWEEN}: numbers
 * by value, strings by their UTF-8 bytes (the same as by code point), binaries as unsigned bytes.
 * Values of different types, and non-scalar values, are not ordered.
 */
final class ValueOrder {
    /** Orders key values of one type; sort keys and partition keys of one table share a type. */
    static final Comparator<Value> KEYS = (a, b) -> {
        Integer c = compare(a, b);
        if (c == null) {
            throw new IllegalStateException("Key values of different types: " + a + " and " + b);
        }
        return c;
    };

    private ValueOrder() {}

    /** The order of two values, or null if they are not comparable. */
    static Integer compare(Value a, Value b) {
        if (a instanceof Value.N x && b instanceof Value.N y) {
            return x.n().compareTo(y.n());
        }
        if (a instanceof Value.S x && b instanceof Value.S y) {
            return compareCodePoints(x.s(), y.s());
        }
        if (a instanceof Value.B x && b instanceof Value.B y) {
            return x.b().compareTo(y.b());
        }
        if (a instanceof Value.Null && b instanceof Value.Null) {
            return 0;
        }
        return null;
    }

    static int compareCodePoints(String a, String b) {
        // UTF-16 order is code point order up to the first difference unless a surrogate is involved there
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                return Character.isSurrogate(x) || Character.isSurrogate(y) ? bySurrogatePairs(a, b) : x - y;
            }
        }
        return a.length() - b.length();
    }

    private static int bySurrogatePairs(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
