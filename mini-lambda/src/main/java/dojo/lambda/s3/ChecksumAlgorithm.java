package dojo.lambda.s3;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The additional checksums S3 accepts ({@code x-amz-checksum-<name>}), each computed while an
 * upload streams and written base64 as S3 writes them (the big-endian bytes of a CRC).
 */
enum ChecksumAlgorithm {
    CRC32(() -> new CrcSum(new CRC32(), 4)),
    CRC32C(() -> new CrcSum(new CRC32C(), 4)),
    CRC64NVME(() -> new CrcSum(new Crc64Nvme(), 8)),
    SHA1(() -> new DigestSum("SHA-1")),
    SHA256(() -> new DigestSum("SHA-256"));

    private final Supplier<Running> start;

    ChecksumAlgorithm(Supplier<Running> start) {
        this.start = start;
    }

    /** The header (and trailer) that carries this checksum: {@code x-amz-checksum-crc32}, ... */
    String header() {
        return "x-amz-checksum-" + name().toLowerCase(Locale.ROOT);
    }

    /** S3's name in XML and in {@code ChecksumCRC32}-style elements. */
    String element() {
        return "Checksum" + name();
    }

    Running start() {
        return start.get();
    }

    /** The algorithm named {@code crc32}, {@code CRC32C}, ... or null when there is none such. */
    static ChecksumAlgorithm named(String name) {
        for (ChecksumAlgorithm a : values()) {
            if (a.name().equalsIgnoreCase(name.strip()) || a.header().equalsIgnoreCase(name.strip())) {
                return a;
            }
        }
        return null;
    }

    /** A checksum being computed over a stream of bytes. */
    interface Running {
        void update(byte[] b, int off, int len);

        String base64();
    }

    private record CrcSum(Checksum crc, int bytes) implements Running {
        @Override
        public void update(byte[] b, int off, int len) {
            crc.update(b, off, len);
        }

        @Override
        public String base64() {
            ByteBuffer buf = ByteBuffer.allocate(8).putLong(crc.getValue());
            return Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(buf.array(), 8 - bytes, 8));
        }
    }

    private static final class DigestSum implements Running {
        private final MessageDigest digest;

        DigestSum(String algorithm) {
            try {
                digest = MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("This JDK lacks " + algorithm + ", which every JDK must have", e);
            }
        }

        @Override
        public void update(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }

        @Override
        public String base64() {
            return Base64.getEncoder().encodeToString(digest.digest());
        }
    }
}
