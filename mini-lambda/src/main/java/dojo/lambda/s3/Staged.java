package dojo.lambda.s3;

import java.nio.file.Path;
import java.util.Map;

/**
 * An upload written to a temporary file, with what was computed while it streamed.
 *
 * @param md5 the hex MD5 of the content (its ETag)
 * @param checksums base64 checksums of the content by algorithm
 */
record Staged(Path file, long size, byte[] md5, Map<ChecksumAlgorithm, String> checksums) {
    Staged {
        checksums = Map.copyOf(checksums);
    }

    String md5Hex() {
        return java.util.HexFormat.of().formatHex(md5);
    }
}
