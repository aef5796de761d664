package dojo.lambda.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a presigned URL's {@code X-Amz-Algorithm}, {@code X-Amz-Credential}, ... query parameters. */
final class PresignedQuery {
    static final String SIGNATURE = "X-Amz-Signature";
    private static final long MAX_EXPIRES_SECONDS = 604_800;

    private PresignedQuery() {}

    static SignatureClaim parse(List<QueryParameter> query) {
        Map<String, String> values = new HashMap<>();
        query.forEach(p -> values.putIfAbsent(p.name(), p.value()));

        List<String> missing = new ArrayList<>();
        for (String name : List.of("X-Amz-Algorithm", "X-Amz-Credential", SIGNATURE, "X-Amz-SignedHeaders",
                "X-Amz-Date")) {
            if (!values.containsKey(name)) {
                missing.add("AWS query-string parameters must include '" + name + "'.");
            }
        }
        if (!missing.isEmpty()) {
            throw Rejections.incomplete(String.join(" ", missing) + " Re-examine the query-string parameters.");
        }
        String algorithm = values.get("X-Amz-Algorithm");
        if (!algorithm.equals(SignatureClaim.ALGORITHM)) {
            throw Rejections.incomplete("X-Amz-Algorithm only supports \"" + SignatureClaim.ALGORITHM
                    + "\", found '" + algorithm + "'. Presign the URL with Signature Version 4.");
        }
        String amzDate = values.get("X-Amz-Date");
        Instant signedAt = SigningTime.parseBasic(amzDate);
        return new SignatureClaim(CredentialScope.parse(values.get("X-Amz-Credential")),
                values.get("X-Amz-SignedHeaders"), values.get(SIGNATURE), amzDate, signedAt,
                expires(values.get("X-Amz-Expires")), values.get("X-Amz-Security-Token"), true);
    }

    private static Duration expires(String text) {
        if (text == null) {
            return null;
        }
        long seconds = text.matches("[0-9]{1,7}") ? Long.parseLong(text) : -1;
        if (seconds < 1 || seconds > MAX_EXPIRES_SECONDS) {
            throw Rejections.incomplete("X-Amz-Expires must be a whole number of seconds from 1 to 604800"
                    + " (7 days), found '" + text + "'. Presign the URL with an expiry in that range.");
        }
        return Duration.ofSeconds(seconds);
    }
}
