package dojo.lambda.account;

import java.util.Objects;

/**
 * Temporary credentials for one execution environment, as AWS hands them to a function in
 * {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN}. The
 * access key id starts with {@code ASIA}. A request signed with them must carry the session token
 * in {@code X-Amz-Security-Token}. {@link #toString()} hides the secret and the token.
 */
public record SessionCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {
    public SessionCredentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(sessionToken, "sessionToken");
        if (!accessKeyId.startsWith("ASIA")) {
            throw new IllegalArgumentException("Expected a session access key id starting with ASIA, found '"
                    + accessKeyId + "'. Issue session credentials through AccountStore.");
        }
    }

    @Override
    public String toString() {
        return "SessionCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=****, sessionToken=****]";
    }
}
