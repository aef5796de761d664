package dojo.course.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
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
                    + describe(reason) + "; check the address and try again";
            case 413, 431 -> "Expected request headers of at most a few KB, found " + describe(reason)
                    + "; clear this site's cookies and reload the page";
            case 414 -> "Expected an address of at most a few KB, found a longer one; use the links on the course map";
            default -> "The server could not read this request (" + status + ", " + describe(reason)
                    + "); reload the page and try again";
        };
        return advice + ".\n";
    }

    private static String describe(String reason) {
        return reason == null || reason.isBlank() ? "a request it cannot read" : "'" + reason.toLowerCase(Locale.ROOT) + "'";
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
