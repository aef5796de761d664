package dojo.lambda.account;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Session credentials issued since this process started. They live in memory only: an engine
 * restart ends every execution environment, and with it every session.
 */
final class SessionRegistry {
    record Session(String accountId, SessionCredentials credentials) {}

    private final Map<String, Session> byAccessKeyId = new ConcurrentHashMap<>();
    private final KeyMint mint;

    SessionRegistry(KeyMint mint) {
        this.mint = mint;
    }

    SessionCredentials issue(String accountId) {
        while (true) {
            SessionCredentials credentials = new SessionCredentials(
                    mint.accessKeyId("ASIA"), mint.secretAccessKey(), mint.sessionToken());
            if (byAccessKeyId.putIfAbsent(credentials.accessKeyId(), new Session(accountId, credentials)) == null) {
                return credentials;
            }
        }
    }

    void revoke(String accessKeyId) {
        byAccessKeyId.remove(accessKeyId);
    }

    Optional<Session> find(String accessKeyId) {
        return Optional.ofNullable(byAccessKeyId.get(accessKeyId));
    }
}
