package dojo.lambda.s3;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/** The identities and encodings S3 shows for an account: canonical user id and event principal. */
final class Owners {
    private Owners() {}

    /** S3's 64-hex canonical user id of an account, as in {@code <Owner><ID>}. */
    static String canonicalId(String accountId) {
        return HexFormat.of().formatHex(ChunkSignatures.sha256(("mini-lambda:" + accountId).getBytes(StandardCharsets.UTF_8)));
    }

    /** The short principal id S3 writes as a bucket's {@code ownerIdentity} in events. */
    static String principalId(String accountId) {
        return "A" + canonicalId(accountId).substring(0, 13).toUpperCase(Locale.ROOT);
    }

    /**
     * A key as S3 URL-encodes it in events and {@code encoding-type=url} listings: form encoding
     * (a space is {@code +}, a plus is {@code %2B}) with slashes left as they are.
     */
    static String urlEncoded(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
