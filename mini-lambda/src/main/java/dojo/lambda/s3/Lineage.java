package dojo.lambda.s3;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How many event-triggered invocations led to a request, read from the {@code Lineage} field of
 * its X-Ray trace header ({@code Root=..;Parent=..;Sampled=0;Lineage=1:<hash>:<count>}).
 *
 * <p>This is how AWS Lambda's recursive loop detection follows a chain: the engine hands each
 * invocation a trace header ({@code Lambda-Runtime-Trace-Id}); the runtime sets it as the
 * {@code com.amazonaws.xray.traceHeader} property; the AWS SDK inside the handler copies it into
 * every request as {@code X-Amzn-Trace-Id}; and S3 passes it on, with the count one higher, to the
 * invocation its notification causes. A request without the header (from outside, or from a
 * client that does not propagate traces) starts a new chain at 0.
 */
record Lineage(String root, int count) {
    /** AWS stops a loop after about 16 invocations. */
    static final int LIMIT = 16;

    static Lineage of(String traceHeader) {
        String root = null;
        int count = 0;
        if (traceHeader != null) {
            for (String field : traceHeader.split(";")) {
                String f = field.strip();
                if (f.startsWith("Root=")) {
                    root = f.substring(5);
                } else if (f.startsWith("Lineage=")) {
                    count = counter(f.substring(8));
                }
            }
        }
        return new Lineage(root, count);
    }

    boolean exhausted() {
        return count >= LIMIT;
    }

    /** The trace header of the invocation of {@code functionArn} this request causes. */
    String next(String functionArn) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String r = root != null ? root
                : "1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + hex(random, 12);
        String hash = HexFormat.of().formatHex(ChunkSignatures.sha256(functionArn.getBytes(StandardCharsets.UTF_8)), 0, 4);
        return "Root=" + r + ";Parent=" + hex(random, 8) + ";Sampled=0;Lineage=1:" + hash + ":" + (count + 1);
    }

    private static int counter(String lineage) {
        String last = lineage.substring(lineage.lastIndexOf(':') + 1).strip();
        try {
            return Math.max(0, Integer.parseInt(last));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String hex(ThreadLocalRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
