package dojo.lambda.env;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Just enough HTTP/1.1 to serve the Runtime API to one runtime over a socket: requests with a
 * Content-Length body (or none), keep-alive, responses with a Content-Length body. The Runtime
 * API is tiny and on the hot path of every warm invocation, so a general server would cost more
 * than it gives.
 */
record HttpMessage(String method, String path, Map<String, String> headers, byte[] body) {

    /** A request whose body was over the limit: its body was read and thrown away. */
    static final byte[] TOO_LARGE = new byte[0];

    private static final int MAX_HEAD = 64 * 1024;

    /** Reads one request, or returns null at a clean end of stream. */
    static HttpMessage read(InputStream in, int maxBody) throws IOException {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3) {
            throw new IOException("malformed request line: " + requestLine);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int headBytes = requestLine.length();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            headBytes += h.length();
            if (headBytes > MAX_HEAD) {
                throw new IOException("request head over " + MAX_HEAD + " bytes");
            }
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
            }
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return new HttpMessage(parts[0], parts[1], headers, chunked(in, maxBody));
        }
        long length = Long.parseLong(headers.getOrDefault("content-length", "0"));
        if (length > maxBody) {
            in.skipNBytes(length);
            return new HttpMessage(parts[0], parts[1], headers, TOO_LARGE);
        }
        return new HttpMessage(parts[0], parts[1], headers, in.readNBytes((int) length));
    }

    private static byte[] chunked(InputStream in, int maxBody) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean tooLarge = false;
        while (true) {
            String sizeLine = line(in);
            if (sizeLine == null) {
                throw new IOException("end of stream inside a chunked body");
            }
            int semi = sizeLine.indexOf(';');
            long size = Long.parseLong((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
            if (size == 0) {
                for (String t = line(in); t != null && !t.isEmpty(); t = line(in)) {
                    // trailers are ignored
                }
                return tooLarge ? TOO_LARGE : body.toByteArray();
            }
            if (tooLarge || body.size() + size > maxBody) {
                tooLarge = true;
                in.skipNBytes(size);
            } else {
                body.write(in.readNBytes((int) size));
            }
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int n = sb.length();
                return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
            }
            if (sb.length() > MAX_HEAD) {
                throw new IOException("header line over " + MAX_HEAD + " bytes");
            }
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    static void respond(OutputStream out, int status, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 202 -> "Accepted";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 413 -> "Request Entity Too Large";
            default -> "Status";
        };
    }
}
