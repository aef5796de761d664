package dojo.course.account;

import dojo.course.store.Learner;
import dojo.course.store.LearnerStore;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Registration and login: checks input, hashes and verifies passwords, throttles failed logins. */
public final class Accounts {
    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,31}";
    private final LearnerStore learners;
    private final PasswordHash passwords;
    private final LoginThrottle throttle;
    /** checked when the username is unknown, so both failures take as long */
    private final String decoyHash;

    public Accounts(LearnerStore learners, PasswordHash passwords, LoginThrottle throttle) {
        this.learners = learners;
        this.passwords = passwords;
        this.throttle = throttle;
        this.decoyHash = passwords.hash("decoy password that no one has");
    }

    /** Registers the guest {@code guestId} as {@code username}, keeping their progress. */
    public Learner register(String guestId, String username, String password) {
        String name = normalized(username);
        if (!name.matches(USERNAME)) {
            throw new AccountException(400, "Expected a username of 3 to 32 letters, digits, dots, dashes or underscores,"
                    + " starting with a letter or digit; found '" + username.strip() + "'");
        }
        if (password.length() < 10 || password.length() > 200) {
            throw new AccountException(400, "Expected a password of 10 to 200 characters, found " + password.length()
                    + " characters; a few unrelated words make a good one");
        }
        return learners.register(guestId, name, passwords.hash(password))
                .orElseThrow(() -> new AccountException(409, "The username '" + name + "' is taken; choose another one, or log in"
                        + " if it is yours"));
    }

    /** The account for these credentials, unless the password is wrong or too many attempts failed. */
    public Learner login(String username, String password, String clientAddress) {
        String name = normalized(username);
        Duration wait = throttle.wait(name, clientAddress);
        if (!wait.isZero()) {
            throw new AccountException(429, "Too many failed logins for '" + name + "'; try again in "
                    + Math.max(1, (wait.toSeconds() + 59) / 60) + " minute(s)");
        }
        Optional<LearnerStore.Account> account = learners.account(name);
        boolean ok = passwords.matches(password, account.map(LearnerStore.Account::passwordHash).orElse(decoyHash))
                && account.isPresent();
        if (!ok) {
            throttle.failed(name, clientAddress);
            throw new AccountException(401, "The username or password is not right; check both and try again");
        }
        throttle.succeeded(name);
        return account.get().learner();
    }

    private static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
