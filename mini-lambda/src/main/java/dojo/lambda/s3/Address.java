package dojo.lambda.s3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Which bucket and key a request names. Path-style puts the bucket first in the path
 * ({@code /bucket/key}); virtual-host style puts it in the Host header
 * ({@code bucket.localhost:4566}, {@code bucket.s3.amazonaws.com}) and the whole path is the key.
 * An IP address or a bare host name is always path-style, as the AWS SDKs decide it.
 *
 * @param bucket the bucket, or null for the service itself (ListBuckets)
 * @param key the object key decoded from the path, or null for the bucket itself
 */
record Address(String bucket, String key) {
    static Address of(String host, String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String hosted = bucketInHost(host);
        if (hosted != null) {
            String key = decode(path.substring(1));
            return new Address(hosted, key.isEmpty() ? null : key);
        }
        String rest = path.substring(1);
        if (rest.isEmpty()) {
            return new Address(null, null);
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return new Address(decode(rest), null);
        }
        String key = decode(rest.substring(slash + 1));
        return new Address(decode(rest.substring(0, slash)), key.isEmpty() ? null : key);
    }

    /** The bucket a virtual-host style Host header names, or null for path-style. */
    static String bucketInHost(String host) {
        if (host == null) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            return null;
        }
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        for (String service : new String[] {".s3.", ".s3-"}) {
            int at = name.indexOf(service);
            if (at > 0) {
                return name.substring(0, at);
            }
        }
        if (name.endsWith(".localhost")) {
            String bucket = name.substring(0, name.length() - ".localhost".length());
            return bucket.endsWith(".s3") ? bucket.substring(0, bucket.length() - 3) : bucket;
        }
        return null;
    }

    /** Percent-decodes a path as S3 does: {@code %XY} is a byte, {@code +} stays a plus. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
