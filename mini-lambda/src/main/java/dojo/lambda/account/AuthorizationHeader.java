package dojo.lambda.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code Authorization: AWS4-HMAC-SHA256 Credential=.., SignedHeaders=.., Signature=..}
 * with the signing time from {@code X-Amz-Date} (or {@code Date}).
 */
final class AuthorizationHeader {
    private AuthorizationHeader() {}

    static SignatureClaim parse(SignedRequest request, String value) {
        String[] schemeAndRest = schemeAndRest(value.strip());
        String algorithm = schemeAndRest[0];
        if (!algorithm.equals(SignatureClaim.ALGORITHM) && algorithm.startsWith("AWS4-")) {
            throw Rejections.incomplete("Unsupported AWS 'algorithm': '" + algorithm + "'. Sign with "
                    + SignatureClaim.ALGORITHM + " (Signature Version 4); other algorithms are not supported.");
        }
        String rest = algorithm.equals(SignatureClaim.ALGORITHM) && schemeAndRest.length > 1 ? schemeAndRest[1] : "";
        Map<String, String> parameters = parameters(rest);
        Optional<String> amzDate = request.header("X-Amz-Date").map(String::strip);
        Optional<String> httpDate = request.header("Date").map(String::strip);

        List<String> missing = new ArrayList<>();
        for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
            if (!parameters.containsKey(name)) {
                missing.add("Authorization header requires '" + name + "' parameter.");
            }
        }
        if (amzDate.isEmpty() && httpDate.isEmpty()) {
            missing.add("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!missing.isEmpty()) {
            // AWS echoes the header; only its scheme is echoed here, as the rest (or a lone token) may be a secret.
            String echo = schemeAndRest.length > 1 ? " Authorization=" + algorithm : "";
            throw Rejections.incomplete(String.join(" ", missing) + echo);
        }

        Instant signedAt = amzDate.map(SigningTime::parseBasic)
                .orElseGet(() -> SigningTime.parseHttpDate(httpDate.orElseThrow()));
        return new SignatureClaim(CredentialScope.parse(parameters.get("Credential")),
                parameters.get("SignedHeaders"), parameters.get("Signature"),
                amzDate.orElseGet(() -> SigningTime.format(signedAt)), signedAt, null,
                request.header("X-Amz-Security-Token").orElse(null), false);
    }

    /** The scheme and what follows the blanks after it (one element when nothing follows); read on every signed call, so no regex. */
    private static String[] schemeAndRest(String value) {
        int blank = 0;
        while (blank < value.length() && !Character.isWhitespace(value.charAt(blank))) {
            blank++;
        }
        int rest = blank;
        while (rest < value.length() && Character.isWhitespace(value.charAt(rest))) {
            rest++;
        }
        return rest >= value.length() ? new String[] {value.substring(0, blank)} : new String[] {value.substring(0, blank), value.substring(rest)};
    }

    private static Map<String, String> parameters(String text) {
        Map<String, String> parameters = new HashMap<>();
        int at = 0;
        while (at < text.length()) {
            int end = at;
            while (end < text.length() && !separator(text.charAt(end))) {
                end++;
            }
            String pair = text.substring(at, end);
            at = end + 1;
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw Rejections.incomplete("Invalid key=value pair (missing equal-sign) in Authorization header: '"
                        + pair + "'. Expected " + SignatureClaim.ALGORITHM + " Credential=<access key id>/<date>/"
                        + "<region>/<service>/aws4_request, SignedHeaders=<names>, Signature=<hex>.");
            }
            parameters.putIfAbsent(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return parameters;
    }

    private static boolean separator(char c) {
        return c == ',' || Character.isWhitespace(c);
    }
}
