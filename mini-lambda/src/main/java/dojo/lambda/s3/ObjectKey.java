package dojo.lambda.s3;

import java.nio.charset.StandardCharsets;

/** S3's rule for keys: any UTF-8 text of 1 to 1024 bytes. */
final class ObjectKey {
    static final int MAX_BYTES = 1024;

    private ObjectKey() {}

    static String check(String key) {
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new S3Exception(S3ErrorCode.KeyTooLongError, "The key is " + bytes + " bytes of UTF-8; S3 allows "
                    + MAX_BYTES + ". Use a shorter key.").with("Size", String.valueOf(bytes))
                    .with("MaxSizeAllowed", String.valueOf(MAX_BYTES));
        }
        return key;
    }
}
