package dojo.lambda.account;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An AWS-style account with its one long-term access key. {@code accountId} is twelve digits, as
 * in an ARN; {@code accessKeyId} is letters and digits (AWS's {@code AKIA...} form, or a local
 * tool's {@code test}); {@code secretAccessKey} is any non-blank text without whitespace.
 * {@link #toString()} hides the secret so an account can be logged.
 */
public record Account(String accountId, String accessKeyId, String secretAccessKey) {
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Za-z0-9]{1,128}");
    private static final Pattern SECRET = Pattern.compile("\\S{1,256}");

    public Account {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("Expected an account id of exactly 12 digits, found '"
                    + accountId + "'. Use an id like 123456789012.");
        }
        if (!ACCESS_KEY_ID.matcher(accessKeyId).matches()) {
            throw new IllegalArgumentException("Expected an access key id of 1 to 128 letters and digits, found '"
                    + accessKeyId + "'. Use an id like AKIAIOSFODNN7EXAMPLE.");
        }
        if (!SECRET.matcher(secretAccessKey).matches()) {
            throw new IllegalArgumentException("Expected a secret access key of 1 to 256 characters without"
                    + " whitespace for access key " + accessKeyId + ", found "
                    + secretAccessKey.length() + " characters. Create a new key instead.");
        }
    }

    @Override
    public String toString() {
        return "Account[accountId=" + accountId + ", accessKeyId=" + accessKeyId + ", secretAccessKey=****]";
    }
}
