package dojo.lambda.runtime;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reads one HTTP/1.1 response: status line, headers, then a Content-Length, chunked or to-close body. */
final class HttpResponseReader {
    private static final int MAX_LINE = 64 * 1024;

    private HttpResponseReader() {}

    /** Returns null when the connection ends (or is reset) before the first byte of a response. */
    static HttpResponse read(InputStream in) throws IOException {
        while (true) {
            String statusLine = readLine(in, true);
            if (statusLine == null) {
                return null;
            }
            int status = parseStatus(statusLine);
            Map<String, String> headers = readHeaders(in);
            if (status >= 100 && status < 200) {
                continue; // interim response such as 100 Continue: the real one follows
            }
            return new HttpResponse(status, headers, new Payload(readBody(in, status, headers)));
        }
    }

    private static int parseStatus(String line) throws IOException {
        int space = line.indexOf(' ');
        if (!line.startsWith("HTTP/1.") || space < 0 || line.length() < space + 4) {
            throw new IOException("Expected an HTTP/1.x status line from the Runtime API, found: " + line);
        }
        try {
            return Integer.parseInt(line.substring(space + 1, space + 4));
        } catch (NumberFormatException e) {
            throw new IOException("Expected a numeric status from the Runtime API, found: " + line, e);
        }
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        Map<String, String> headers = new HashMap<>();
        while (true) {
            String line = readLine(in, false);
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
    }

    private static byte[] readBody(InputStream in, int status, Map<String, String> headers) throws IOException {
        String transferEncoding = headers.get("transfer-encoding");
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return readChunked(in);
        }
        String length = headers.get("content-length");
        if (length != null) {
            try {
                int expected = checkedLength(Long.parseLong(length));
                byte[] body = in.readNBytes(expected);
                if (body.length < expected) {
                    throw new EOFException("connection closed after " + body.length + " of " + expected + " body bytes");
                }
                return body;
            } catch (NumberFormatException e) {
                throw new IOException("Expected a numeric Content-Length, found: " + length, e);
            }
        }
        if (status == 204 || status == 304) {
            return new byte[0];
        }
        return in.readAllBytes();
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in, false);
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new IOException("Expected a hexadecimal chunk size, found: " + sizeLine, e);
            }
            if (size == 0) {
                while (!readLine(in, false).isEmpty()) {
                    // trailer fields carry nothing the runtime uses
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(checkedLength(size));
            if (chunk.length < size) {
                throw new EOFException("connection closed inside a chunk");
            }
            body.write(chunk);
            readLine(in, false);
        }
    }

    private static int checkedLength(long length) throws IOException {
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new IOException("Expected a body length between 0 and 2 GB, found " + length);
        }
        return (int) length;
    }

    /** Reads a CRLF (or LF) terminated line; null only if allowed and the stream ends at once. */
    private static String readLine(InputStream in, boolean nullAtStart) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (SocketException reset) {
                if (nullAtStart && line.size() == 0) {
                    return null; // reset before the first byte: the server dropped the connection unanswered
                }
                throw reset;
            }
            if (b < 0) {
                if (nullAtStart && line.size() == 0) {
                    return null;
                }
                throw new EOFException("connection closed inside the response head");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.UTF_8);
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("Response line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }
}
