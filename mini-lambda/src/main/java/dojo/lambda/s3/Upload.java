package dojo.lambda.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Streams a request body to a file while computing its MD5 and any requested checksums, so an
 * object of any size passes through a fixed 128 KB buffer.
 */
final class Upload {
    /** S3's limit for a single PutObject. */
    static final long MAX_SIZE = 5L * 1024 * 1024 * 1024;

    private Upload() {}

    /** Writes {@code body} to {@code file}; on any failure the file is deleted and the error rethrown. */
    static Staged stage(InputStream body, Path file, Set<ChecksumAlgorithm> algorithms) throws IOException {
        MessageDigest md5 = md5();
        Map<ChecksumAlgorithm, ChecksumAlgorithm.Running> running = new EnumMap<>(ChecksumAlgorithm.class);
        algorithms.forEach(a -> running.put(a, a.start()));
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            // The servlet input hands over a few KB per read; filling the buffer first makes one
            // write call (and one update of each digest) per 128 KB instead of one per network read.
            byte[] buffer = new byte[128 * 1024];
            for (int n = body.readNBytes(buffer, 0, buffer.length); n > 0; n = body.readNBytes(buffer, 0, buffer.length)) {
                size += n;
                if (size > MAX_SIZE) {
                    throw new S3Exception(S3ErrorCode.EntityTooLarge, "A single PutObject takes at most 5 GB;"
                            + " this body is larger. Split it into several objects.");
                }
                md5.update(buffer, 0, n);
                for (ChecksumAlgorithm.Running r : running.values()) {
                    r.update(buffer, 0, n);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        Map<ChecksumAlgorithm, String> sums = new EnumMap<>(ChecksumAlgorithm.class);
        running.forEach((a, r) -> sums.put(a, r.base64()));
        return new Staged(file, size, md5.digest(), sums);
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK lacks MD5, which every JDK must have", e);
        }
    }
}
