package dojo.lambda.account;

import java.util.Objects;

/**
 * An access key resolved to its account: the secret that signs requests made with it and, for
 * session credentials, the session token such requests must carry (null for a long-term key).
 */
public record AccessKey(Account account, String accessKeyId, String secretAccessKey, String sessionToken) {
    public AccessKey {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    /** True for temporary session credentials, false for the account's long-term key. */
    public boolean isSession() {
        return sessionToken != null;
    }

    @Override
    public String toString() {
        return "AccessKey[accountId=" + account.accountId() + ", accessKeyId=" + accessKeyId
                + ", session=" + isSession() + "]";
    }
}
