package dojo.lambda.s3;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of an object a {@code Range: bytes=...} header asks for, inclusive at both ends. As
 * in S3, a header that is not one well-formed byte range is ignored (the whole object is sent),
 * and a range starting past the end is {@code InvalidRange} (416).
 */
record ByteRange(long first, long last) {
    private static final Pattern ONE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /** The range of an object of {@code size} bytes that {@code header} asks for, or null for all of it. */
    static ByteRange of(String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher m = ONE.matcher(header.strip());
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty() || m.group(1).length() > 18 || m.group(2).length() > 18) {
            return null;
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0 || size == 0) {
                throw unsatisfiable(header, size);
            }
            return new ByteRange(Math.max(0, size - suffix), size - 1);
        }
        long first = Long.parseLong(m.group(1));
        if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
            return null;
        }
        long last = m.group(2).isEmpty() ? size - 1 : Long.parseLong(m.group(2));
        if (first >= size) {
            throw unsatisfiable(header, size);
        }
        return new ByteRange(first, Math.min(last, size - 1));
    }

    private static S3Exception unsatisfiable(String header, long size) {
        return new S3Exception(S3ErrorCode.InvalidRange, "The object has " + size + " bytes, so '" + header
                + "' selects none of them. Ask for a range that starts below " + size + ".")
                .with("RangeRequested", header).with("ActualObjectSize", String.valueOf(size));
    }
}
