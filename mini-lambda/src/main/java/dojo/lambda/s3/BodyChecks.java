package dojo.lambda.s3;

import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The integrity checks of an upload: Content-MD5 and the additional checksums a client declares
 * in headers ({@code x-amz-checksum-crc32: ..}), in trailers ({@code x-amz-trailer}) or by name
 * only ({@code x-amz-sdk-checksum-algorithm}), which S3 then computes and stores.
 */
final class BodyChecks {
    private BodyChecks() {}

    /** The checksums to compute for this request. */
    static Set<ChecksumAlgorithm> requested(S3Call call) {
        Set<ChecksumAlgorithm> out = EnumSet.noneOf(ChecksumAlgorithm.class);
        for (ChecksumAlgorithm a : ChecksumAlgorithm.values()) {
            if (call.header(a.header()) != null) {
                out.add(a);
            }
        }
        for (String header : new String[] {"x-amz-trailer", "x-amz-sdk-checksum-algorithm", "x-amz-checksum-algorithm"}) {
            String value = call.header(header);
            if (value == null) {
                continue;
            }
            for (String name : value.split(",")) {
                ChecksumAlgorithm a = ChecksumAlgorithm.named(name);
                if (a == null && !header.equals("x-amz-trailer")) {
                    throw new S3Exception(S3ErrorCode.InvalidRequest, "Value for " + header + " header is invalid: found '"
                            + value + "'; expected one of CRC32, CRC32C, CRC64NVME, SHA1, SHA256.");
                }
                if (a != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** Throws S3's error when the content differs from what the client said it sent. */
    static void verify(S3Call call, Staged staged, Map<String, String> trailers) {
        String md5 = call.header("Content-MD5");
        if (md5 != null) {
            byte[] sent;
            try {
                sent = Base64.getDecoder().decode(md5.strip());
            } catch (IllegalArgumentException e) {
                sent = new byte[0];
            }
            if (sent.length != 16) {
                throw new S3Exception(S3ErrorCode.InvalidDigest, "Expected the base64 of a 16-byte MD5, found '" + md5
                        + "'.").with("Content-MD5", md5);
            }
            if (!java.util.Arrays.equals(sent, staged.md5())) {
                throw new S3Exception(S3ErrorCode.BadDigest, "Content-MD5 says " + md5 + ", the body received has "
                        + Base64.getEncoder().encodeToString(staged.md5()) + ". Send the body unchanged, or fix the digest.")
                        .with("ExpectedDigest", md5).with("CalculatedDigest", Base64.getEncoder().encodeToString(staged.md5()));
            }
        }
        staged.checksums().forEach((algorithm, computed) -> {
            String sent = call.header(algorithm.header());
            if (sent == null) {
                sent = trailers.get(algorithm.header());
            }
            if (sent != null && !sent.strip().equals(computed)) {
                throw new S3Exception(S3ErrorCode.BadDigest, "The " + algorithm.name() + " you specified did not match"
                        + " the calculated checksum: " + algorithm.header() + " says " + sent.strip() + ", the body received has "
                        + computed + ".");
            }
        });
    }

    static Map<String, String> stored(Staged staged) {
        Map<String, String> out = new java.util.TreeMap<>();
        staged.checksums().forEach((a, v) -> out.put(a.name(), v));
        return out;
    }
}
