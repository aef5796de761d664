package dojo.lambda.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 and the HMAC-SHA256 chain that turns a secret key and a scope into a SigV4 signature.
 * Every request is verified, so the digests are kept per thread and the signing key, which only
 * changes with the day, region and service, is derived once per secret and scope.
 */
final class Sha256 {
    /** Enough for every key, region and service in use for a day; more only by forged scopes. */
    private static final int MAX_SIGNING_KEYS = 4096;
    private static final Map<String, byte[]> SIGNING_KEYS = new ConcurrentHashMap<>();
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> instance(() ->
            MessageDigest.getInstance("SHA-256")));
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> instance(() -> Mac.getInstance("HmacSHA256")));

    private Sha256() {}

    static String hex(byte[] data) {
        return HexFormat.of().formatHex(DIGEST.get().digest(data));
    }

    static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The hex signature of {@code stringToSign} under the key derived from {@code secret} for {@code scope}. */
    static String signature(String secret, CredentialScope scope, String stringToSign) {
        return HexFormat.of().formatHex(hmac(signingKey(secret, scope), stringToSign));
    }

    private static byte[] signingKey(String secret, CredentialScope scope) {
        String id = secret + '\n' + scope.text();
        byte[] cached = SIGNING_KEYS.get(id);
        if (cached != null) {
            return cached;
        }
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), scope.date());
        key = hmac(key, scope.region());
        key = hmac(key, scope.service());
        key = hmac(key, scope.terminator());
        if (SIGNING_KEYS.size() >= MAX_SIGNING_KEYS) {
            SIGNING_KEYS.clear(); // yesterday's keys, or scopes made up by someone; derived again on use
        }
        SIGNING_KEYS.put(id, key);
        return key;
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = HMAC.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Expected the JDK to provide HmacSHA256: " + e, e);
        }
    }

    private interface Algorithm<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T instance(Algorithm<T> algorithm) {
        try {
            return algorithm.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Expected the JDK to provide SHA-256 and HmacSHA256: " + e, e);
        }
    }
}
