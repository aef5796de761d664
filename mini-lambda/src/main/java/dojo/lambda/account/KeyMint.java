package dojo.lambda.account;

import java.security.SecureRandom;
import java.util.Base64;

/** Random identifiers and secrets in the shapes AWS uses, so tools that check shapes accept them. */
final class KeyMint {
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final SecureRandom random = new SecureRandom();

    String accountId() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append((char) ('0' + random.nextInt(10)));
        }
        return id.toString();
    }

    /** {@code AKIA} for a long-term key, {@code ASIA} for session credentials, then 16 base32 characters. */
    String accessKeyId(String prefix) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < 16; i++) {
            id.append(BASE32.charAt(random.nextInt(BASE32.length())));
        }
        return id.toString();
    }

    /** 40 characters of base64, like an AWS secret access key (30 random bytes). */
    String secretAccessKey() {
        return Base64.getEncoder().encodeToString(bytes(30));
    }

    String sessionToken() {
        return Base64.getEncoder().encodeToString(bytes(96));
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
