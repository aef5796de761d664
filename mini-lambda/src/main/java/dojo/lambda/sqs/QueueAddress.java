package dojo.lambda.sqs;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a queue lives: its account and name. Queue URLs are
 * {@code http://<engine host:port>/<accountId>/<name>} and ARNs
 * {@code arn:aws:sqs:us-east-1:<accountId>:<name>}; only the path of a URL matters, so a URL the
 * engine gave out from its public port also works inside an environment.
 */
record QueueAddress(String accountId, String name) {
    static final String REGION = "us-east-1";
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

    QueueAddress {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
    }

    static QueueAddress fromUrl(String url) {
        if (url == null || url.isBlank()) {
            throw SqsException.missing("QueueUrl");
        }
        String path = withoutSlashes(url.substring(pathStart(url)));
        String[] parts = path.split("/");
        if (parts.length < 2 || !ACCOUNT.matcher(parts[parts.length - 2]).matches()) {
            throw new SqsException(SqsError.InvalidAddress, "The address " + url + " is not valid for this endpoint. "
                    + "Expected a queue URL like http://127.0.0.1:9000/000000000000/my-queue (GetQueueUrl gives it).");
        }
        return new QueueAddress(parts[parts.length - 2], parts[parts.length - 1]);
    }

    /** Where the path of {@code url} begins: after {@code scheme://host:port}, or 0 when it names none. */
    private static int pathStart(String url) {
        int scheme = url.indexOf("://");
        if (scheme <= 0) {
            return 0;
        }
        for (int i = 0; i < scheme; i++) {
            char c = url.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-'))) {
                return 0;
            }
        }
        int slash = url.indexOf('/', scheme + 3);
        return slash < 0 ? url.length() : slash;
    }

    private static String withoutSlashes(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to);
    }

    /** The queue of an {@code arn:aws:sqs:<region>:<account>:<name>} ARN, or null when it is not one. */
    static QueueAddress fromArn(String arn) {
        if (arn == null) {
            return null;
        }
        String[] p = arn.split(":", -1);
        if (p.length != 6 || !p[0].equals("arn") || !p[2].equals("sqs") || !ACCOUNT.matcher(p[4]).matches() || p[5].isEmpty()) {
            return null;
        }
        return new QueueAddress(p[4], p[5]);
    }

    String arn() {
        return "arn:aws:sqs:" + REGION + ":" + accountId + ":" + name;
    }

    String url(String endpoint) {
        return endpoint + "/" + accountId + "/" + name;
    }

    boolean fifo() {
        return name.endsWith(".fifo");
    }

    String key() {
        return accountId + "/" + name;
    }
}
