package dojo.lambda.account;

import java.util.Objects;

/**
 * Who signed a request that passed {@link SigV4Verifier}: the account, the access key used,
 * whether it was temporary session credentials, and the credential scope's {@code service} and
 * {@code region} (as the client signed them; check them if the endpoint cares). {@code payloadSigned}
 * is true when the body's SHA-256 was part of the verified signature, false for
 * {@code UNSIGNED-PAYLOAD} and {@code STREAMING-*} payloads, whose bytes this check did not cover.
 */
public record Authenticated(Account account, String accessKeyId, boolean sessionCredentials,
        String service, String region, boolean payloadSigned) {
    public Authenticated {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
    }
}
