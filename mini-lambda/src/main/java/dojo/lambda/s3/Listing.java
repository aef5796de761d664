package dojo.lambda.s3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.NavigableMap;

/**
 * One page of a bucket listing: keys under {@code prefix} after a starting point, with keys that
 * contain {@code delimiter} after the prefix rolled up into common prefixes. Keys and common
 * prefixes together count toward {@code maxKeys}, as in S3.
 *
 * @param next where the next page starts (a continuation token's content), or null when none
 */
record Listing(List<ObjectMeta> contents, List<String> commonPrefixes, boolean truncated, Cursor next) {
    /** A place in a listing: after a key, or after every key under a common prefix. */
    record Cursor(String after, boolean wholePrefix) {
        String token() {
            String text = (wholePrefix ? "P" : "K") + after;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor ofToken(String token) {
            String text;
            try {
                text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                text = "";
            }
            if (text.isEmpty() || text.charAt(0) != 'P' && text.charAt(0) != 'K') {
                throw new S3Exception(S3ErrorCode.InvalidArgument, "The continuation token provided is incorrect: found '"
                        + token + "'. Pass NextContinuationToken from the previous page unchanged.")
                        .with("ArgumentName", "continuation-token").with("ArgumentValue", token);
            }
            return new Cursor(text.substring(1), text.charAt(0) == 'P');
        }
    }

    static Listing of(NavigableMap<String, ObjectMeta> objects, String prefix, String delimiter, Cursor start, int maxKeys) {
        String p = prefix == null ? "" : prefix;
        String d = delimiter == null ? "" : delimiter;
        Iterable<ObjectMeta> tail = start != null && ObjectIndex.KEY_ORDER.compare(start.after(), p) >= 0
                ? objects.tailMap(start.after(), false).values() : objects.tailMap(p, true).values();
        String skip = start != null && start.wholePrefix() ? start.after() : null;
        List<ObjectMeta> contents = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        Cursor last = null;
        boolean truncated = false;
        for (ObjectMeta m : tail) {
            String key = m.key();
            if (!key.startsWith(p)) {
                break;
            }
            if (skip != null && key.startsWith(skip)) {
                continue;
            }
            int at = d.isEmpty() ? -1 : key.indexOf(d, p.length());
            String common = at < 0 ? null : key.substring(0, at + d.length());
            if (common != null && last != null && last.wholePrefix() && common.equals(last.after())) {
                continue;
            }
            if (contents.size() + prefixes.size() == maxKeys) {
                truncated = maxKeys > 0;
                break;
            }
            if (common != null) {
                prefixes.add(common);
                last = new Cursor(common, true);
            } else {
                contents.add(m);
                last = new Cursor(key, false);
            }
        }
        return new Listing(contents, prefixes, truncated, truncated ? last : null);
    }
}
