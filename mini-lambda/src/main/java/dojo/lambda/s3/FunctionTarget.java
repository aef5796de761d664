package dojo.lambda.s3;

import java.util.List;
import java.util.Objects;

/**
 * One {@code LambdaFunctionConfiguration}: invoke {@code functionArn} for the events named in
 * {@code events} ({@code s3:ObjectCreated:*}, {@code s3:ObjectRemoved:Delete}, ...) on keys
 * starting with {@code prefix} and ending with {@code suffix} (empty for no filter).
 */
record FunctionTarget(String id, String functionArn, List<String> events, String prefix, String suffix) {
    FunctionTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(functionArn, "functionArn");
        events = List.copyOf(events);
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** True when this configuration asks for {@code eventName} (e.g. {@code ObjectCreated:Put}) on {@code key}. */
    boolean matches(String eventName, String key) {
        return key.startsWith(prefix) && key.endsWith(suffix) && events.stream().anyMatch(e -> covers(e, eventName));
    }

    static boolean covers(String configured, String eventName) {
        String wanted = "s3:" + eventName;
        return configured.equals(wanted)
                || configured.endsWith(":*") && wanted.startsWith(configured.substring(0, configured.length() - 1));
    }
}
