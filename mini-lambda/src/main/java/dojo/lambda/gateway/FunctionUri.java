package dojo.lambda.gateway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Lambda function an integration URI names: a function ARN, alone or wrapped in API Gateway's invocation URI. */
final class FunctionUri {
    static final Pattern FUNCTION_ARN = Pattern.compile("arn:aws:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]{1,64}(:[$A-Za-z0-9_-]+)?");
    private static final Pattern INVOCATION_URI = Pattern.compile(
            "arn:aws:apigateway:[a-z0-9-]+:lambda:path/2015-03-31/functions/(.+)/invocations");

    private FunctionUri() {}

    /** The function ARN, or null when {@code uri} names no Lambda function. */
    static String functionArn(String uri) {
        Matcher wrapped = INVOCATION_URI.matcher(uri);
        String arn = wrapped.matches() ? wrapped.group(1) : uri;
        return FUNCTION_ARN.matcher(arn).matches() ? arn : null;
    }
}
