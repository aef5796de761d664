package dojo.lambda.gateway;

import java.security.SecureRandom;
import java.util.Base64;

/** Identifiers shaped like API Gateway's: 10-character API ids, 7-character child ids, request ids. */
final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Ids() {}

    static String apiId() {
        return random(10);
    }

    static String childId() {
        return random(7);
    }

    /** Like {@code JKJaXmPLvHcESHA=}: what API Gateway puts in {@code apigw-requestid} and the event. */
    static String requestId() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes).replace('/', '_').replace('+', '-');
    }

    static String hex(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(Character.forDigit(RANDOM.nextInt(16), 16));
        }
        return b.toString();
    }

    private static String random(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
