package dojo.lambda.env;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code {"errorType","errorMessage"}} bodies of function errors, as AWS writes them. */
final class ErrorBody {
    private static final Pattern TYPE = Pattern.compile("\"errorType\"\\s*:\\s*\"([^\"]*)\"");

    private ErrorBody() {}

    static byte[] of(String type, String message) {
        return ("{\"errorType\":\"" + type + "\",\"errorMessage\":" + Json.quote(message) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The errorType field of a body, else {@code fallback}. */
    static String type(byte[] body, String fallback) {
        Matcher m = TYPE.matcher(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : fallback;
    }

    static boolean hasType(byte[] body, String type) {
        return type.equals(type(body, null));
    }
}
