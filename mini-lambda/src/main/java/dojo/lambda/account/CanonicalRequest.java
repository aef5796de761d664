package dojo.lambda.account;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SigV4 canonical request: the text a client hashed before signing, rebuilt on the server
 * from the request as it arrived. The rules match AWS's own signers, which are the tests' oracle.
 */
final class CanonicalRequest {
    private static final Pattern WHITESPACE = Pattern.compile("[ \t\n\u000b\r\f]+");

    private CanonicalRequest() {}

    static String of(SignedRequest request, PathEncoding encoding, SignatureClaim claim, String payloadHash) {
        return request.method() + "\n"
                + uri(request.rawPath(), encoding) + "\n"
                + query(request.rawQuery(), claim.presigned()) + "\n"
                + headers(request, claim.signedHeaderNames()) + "\n"
                + claim.signedHeaders() + "\n"
                + payloadHash;
    }

    static String uri(String rawPath, PathEncoding encoding) {
        if (rawPath.isEmpty()) {
            return "/";
        }
        return switch (encoding) {
            case SINGLE -> rawPath;
            case DOUBLE -> PercentEncoding.encode(normalized(rawPath), true);
        };
    }

    /** Dot segments and repeated slashes removed, as {@link URI#normalize()} does for AWS's signers. */
    private static String normalized(String rawPath) {
        String absolute = rawPath.startsWith("/") ? rawPath : "/" + rawPath;
        if (!absolute.contains("//") && !absolute.contains("/.")) {
            return absolute; // nothing to normalize, the common case
        }
        String path;
        try {
            path = URI.create("http://host" + absolute).normalize().getRawPath();
        } catch (IllegalArgumentException e) {
            // Not a valid URI path, so no AWS signer produced it: sign it as sent.
            return absolute;
        }
        // Normalizing "/a/b/." leaves "/a/b/", but the signers keep the original's lack of a trailing slash.
        if (path.length() > 1 && path.endsWith("/") && !absolute.endsWith("/")) {
            return path.substring(0, path.length() - 1);
        }
        return path.isEmpty() ? "/" : path;
    }

    /** Names and values re-encoded the SigV4 way and sorted; a presigned URL's own signature is left out. */
    static String query(String rawQuery, boolean presigned) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (QueryParameter parameter : QueryParameter.parse(rawQuery)) {
            String name = PercentEncoding.canonical(parameter.rawName());
            if (name.isEmpty() || (presigned && parameter.name().equals(PresignedQuery.SIGNATURE))) {
                continue;
            }
            pairs.add(new String[] {name, PercentEncoding.canonical(parameter.rawValue())});
        }
        pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        List<String> joined = pairs.stream().map(p -> p[0] + "=" + p[1]).toList();
        return String.join("&", joined);
    }

    /** One {@code name:value} line per signed header; repeated values joined by commas, spaces folded. */
    static String headers(SignedRequest request, List<String> signedHeaderNames) {
        StringBuilder lines = new StringBuilder();
        for (String name : signedHeaderNames) {
            List<String> values = request.headerValues(name).stream().map(CanonicalRequest::folded).toList();
            lines.append(name).append(':').append(String.join(",", values)).append('\n');
        }
        return lines.toString();
    }

    private static String folded(String value) {
        if (plain(value)) {
            return value;
        }
        return WHITESPACE.matcher(value).replaceAll(" ").strip();
    }

    /** No whitespace to fold or strip: single spaces between other characters only. */
    private static boolean plain(String value) {
        int n = value.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(n - 1))) {
            return false; // strip() has work to do
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000b' || c == '\r' || c == '\f' || c == ' ' && value.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
