package dojo.course.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before any route sees them (an address with a broken %-escape, headers
 * too large): a short plain-text message saying what was wrong and what to do, instead of Jetty's
 * own page, and never a stack trace.
 */
final class ProtocolErrors extends ErrorHandler {
    private static final String PLAIN = "text/plain; charset=utf-8";

    ProtocolErrors() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    static String message(int status, String reason) {
        String advice = switch (status) {
            case 400 -> "Expected a well-formed request (every % in the address followed by two hex digits), found "
                    + describe(status, reason) + "; check the address and try again";
            case 413, 431 -> "Expected request headers of at most a few KB, found larger ones"
                    + "; clear this site's cookies and reload the page";
            case 414 -> "Expected an address of at most a few KB, found a longer one; use the links on the course map";
            default -> "Expected a request the server can read, found " + describe(status, reason) + " (HTTP " + status
                    + "); reload the page and try again";
        };
        return advice + ".\n";
    }

    private static String describe(int status, String reason) {
        // Jetty often gives only the status phrase, which says nothing the status does not
        boolean generic = reason == null || reason.isBlank() || reason.equalsIgnoreCase(HttpStatus.getMessage(status));
        return generic ? "one it cannot decode" : "'" + reason.toLowerCase(Locale.ROOT) + "'";
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, PLAIN);
        response.write(true, ByteBuffer.wrap(message(code, message).getBytes(StandardCharsets.UTF_8)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, PLAIN));
        return ByteBuffer.wrap(message(status, reason).getBytes(StandardCharsets.UTF_8));
    }
}
