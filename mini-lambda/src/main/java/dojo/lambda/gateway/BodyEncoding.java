package dojo.lambda.gateway;

import java.util.Locale;

/**
 * Whether an HTTP API passes a request body as text or base64: text for {@code text/*},
 * {@code application/json}, {@code application/xml} and {@code application/javascript};
 * everything else, a missing Content-Type included, is base64 with {@code isBase64Encoded: true}.
 */
final class BodyEncoding {
    private BodyEncoding() {}

    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.equals("application/json") || type.equals("application/xml")
                || type.equals("application/javascript");
    }
}
