package dojo.lambda.s3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The decoded content of an {@code aws-chunked} body, as the AWS SDKs send uploads:
 * {@code <hex size>[;chunk-signature=<sig>]\r\n<data>\r\n} repeated, a last chunk of size 0, then
 * optional trailing headers ({@code x-amz-checksum-crc32:<base64>\r\n}, signed by
 * {@code x-amz-trailer-signature}) and an empty line. With {@link ChunkSignatures} every chunk's
 * signature is checked as it ends; a mismatch throws {@link S3Exception} from {@code read}.
 *
 * <p>Chunk headers are parsed from a buffer of this stream's own; chunk data goes straight from
 * {@code in} into the caller's array when nothing of it is buffered, so a body is copied once.
 */
final class AwsChunkedStream extends InputStream {
    private static final int MAX_LINE = 8192;

    private final InputStream in;
    /** Bytes read from {@code in} but not yet consumed: {@code buffer[pos..limit)}. */
    private final byte[] buffer = new byte[2 * MAX_LINE];
    private int pos;
    private int limit;
    private final ChunkSignatures signatures;
    private final Map<String, String> trailers = new LinkedHashMap<>();
    private final MessageDigest chunkHash;
    private long remaining;
    private String chunkSignature;
    private boolean done;

    AwsChunkedStream(InputStream in, ChunkSignatures signatures) {
        this.in = in;
        this.signatures = signatures;
        try {
            this.chunkHash = signatures == null ? null : MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK lacks SHA-256, which every JDK must have", e);
        }
    }

    /** The trailing headers, lower-case names; complete once the stream has returned -1. */
    Map<String, String> trailers() {
        return trailers;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!done && remaining == 0) {
            nextChunk();
        }
        if (done) {
            return -1;
        }
        int want = (int) Math.min(len, remaining);
        int n;
        if (pos < limit) {
            n = Math.min(want, limit - pos);
            System.arraycopy(buffer, pos, b, off, n);
            pos += n;
        } else {
            n = in.read(b, off, want);
        }
        if (n < 0) {
            throw incomplete("the connection ended inside a chunk");
        }
        if (chunkHash != null) {
            chunkHash.update(b, off, n);
        }
        remaining -= n;
        if (remaining == 0) {
            endOfChunk();
        }
        return n;
    }

    private void nextChunk() throws IOException {
        String header = line();
        int semi = header.indexOf(';');
        String size = (semi < 0 ? header : header.substring(0, semi)).strip();
        chunkSignature = semi < 0 ? null : parameter(header.substring(semi + 1), "chunk-signature");
        try {
            remaining = Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
            throw incomplete("a chunk header '" + header + "' does not start with a hexadecimal size");
        }
        if (remaining < 0) {
            throw incomplete("a chunk header '" + header + "' has a negative size");
        }
        if (remaining == 0) {
            if (signatures != null) {
                signatures.verifyChunk(chunkSignature, chunkHash.digest());
            }
            readTrailers();
            done = true;
        }
    }

    private void endOfChunk() throws IOException {
        if (signatures != null) {
            signatures.verifyChunk(chunkSignature, chunkHash.digest());
        }
        if (!line().isEmpty()) {
            throw incomplete("a chunk's data is not followed by CRLF");
        }
    }

    private void readTrailers() throws IOException {
        StringBuilder signed = new StringBuilder();
        String trailerSignature = null;
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw incomplete("a trailing header '" + line + "' has no colon");
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("x-amz-trailer-signature")) {
                trailerSignature = value;
            } else {
                trailers.put(name, value);
                signed.append(name).append(':').append(value).append('\n');
            }
        }
        if (signatures != null && !trailers.isEmpty()) {
            signatures.verifyTrailer(trailerSignature, signed.toString());
        }
    }

    private String line() throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = pos + scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    int end = i > pos && buffer[i - 1] == '\r' ? i - 1 : i;
                    String line = new String(buffer, pos, end - pos, StandardCharsets.US_ASCII);
                    pos = i + 1;
                    return line;
                }
            }
            scanned = limit - pos;
            if (scanned > MAX_LINE) {
                throw incomplete("a chunk header is longer than " + MAX_LINE + " bytes");
            }
            if (!fill()) {
                // the empty line that ends the trailers may be missing at the very end of the body
                if (scanned == 0) {
                    return "";
                }
                throw incomplete("the body ended inside a chunk header");
            }
        }
    }

    /** Reads more of {@code in} behind what is buffered; false at the end of the body. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n > 0) {
            limit += n;
        }
        return n >= 0;
    }

    private static String parameter(String parameters, String name) {
        for (String p : parameters.split(";")) {
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equals(name)) {
                return p.substring(eq + 1).strip();
            }
        }
        return null;
    }

    private static S3Exception incomplete(String what) {
        return new S3Exception(S3ErrorCode.IncompleteBody, "The aws-chunked body is malformed: " + what
                + ". Send uploads with Content-Encoding: aws-chunked exactly as the AWS SDKs do.");
    }
}
