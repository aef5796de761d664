package dojo.course.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Learners and their browser sessions. A session is found by its token, of which only a SHA-256
 * hash is stored, so a copy of the database does not let anyone log in. Thread-safe.
 */
public final class LearnerStore {
    private final Database database;
    private final InstantSource clock;

    public LearnerStore(Database database, InstantSource clock) {
        this.database = database;
        this.clock = clock;
    }

    public Learner createGuest() {
        String id = UUID.randomUUID().toString();
        database.write(c -> ProgressStore.update(c, "INSERT INTO learners (id, created_at) VALUES (?, ?)", id, clock.millis()));
        return new Learner(id, null);
    }

    /** The stored password hash of an account, if the username exists. */
    public Optional<Account> account(String username) {
        return database.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, password_hash FROM learners WHERE username = ?")) {
                p.setString(1, username);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Account(new Learner(r.getString(1), username), r.getString(2))) : Optional.empty();
                }
            }
        });
    }

    /** A registered learner with the hash to check a password against. */
    public record Account(Learner learner, String passwordHash) {
    }

    /**
     * Turns the guest into an account, so everything the guest did stays theirs. Returns empty when
     * the username is taken.
     */
    public Optional<Learner> register(String guestId, String username, String passwordHash) {
        return database.write(c -> {
            if (exists(c, username)) {
                return Optional.empty();
            }
            int changed = ProgressStore.update(c, "UPDATE learners SET username = ?, password_hash = ? WHERE id = ? AND username IS NULL",
                    username, passwordHash, guestId);
            if (changed == 0) {
                String id = UUID.randomUUID().toString();
                ProgressStore.update(c, "INSERT INTO learners (id, username, password_hash, created_at) VALUES (?, ?, ?, ?)",
                        id, username, passwordHash, clock.millis());
                return Optional.of(new Learner(id, username));
            }
            return Optional.of(new Learner(guestId, username));
        });
    }

    /**
     * After a guest logs in to an account: the guest's progress, drafts, attempts and hints move to
     * the account and the guest is removed.
     */
    public void absorbGuest(String guestId, String accountId) {
        if (guestId.equals(accountId)) {
            return;
        }
        database.write(c -> {
            if (!isGuest(c, guestId)) {
                return null;
            }
            ProgressStore.merge(c, guestId, accountId);
            LabStore.merge(c, guestId, accountId);
            ProgressStore.update(c, "DELETE FROM lesson_reads WHERE learner_id = ?", guestId);
            ProgressStore.update(c, "DELETE FROM quiz_answers WHERE learner_id = ?", guestId);
            for (String table : new String[] {"lab_drafts", "lab_hints", "lambda_accounts"}) {
                ProgressStore.update(c, "DELETE FROM " + table + " WHERE learner_id = ?", guestId);
            }
            ProgressStore.update(c, "DELETE FROM sessions WHERE learner_id = ?", guestId);
            ProgressStore.update(c, "DELETE FROM learners WHERE id = ?", guestId);
            return null;
        });
    }

    /** Starts a session; returns the token for the cookie (shown once, stored only as a hash). */
    public String startSession(String learnerId, String token, String csrfToken, Duration lifetime) {
        long now = clock.millis();
        database.write(c -> ProgressStore.update(c, "INSERT INTO sessions (token_hash, learner_id, csrf_token, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)", hash(token), learnerId, csrfToken, now, now + lifetime.toMillis()));
        return token;
    }

    public Optional<LoginSession> session(String token) {
        return database.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT l.id, l.username, s.csrf_token, s.expires_at FROM sessions s"
                    + " JOIN learners l ON l.id = s.learner_id WHERE s.token_hash = ? AND s.expires_at > ?")) {
                p.setString(1, hash(token));
                p.setLong(2, clock.millis());
                try (ResultSet r = p.executeQuery()) {
                    return r.next()
                            ? Optional.of(new LoginSession(new Learner(r.getString(1), r.getString(2)), r.getString(3),
                                    Instant.ofEpochMilli(r.getLong(4))))
                            : Optional.empty();
                }
            }
        });
    }

    public void endSession(String token) {
        database.write(c -> ProgressStore.update(c, "DELETE FROM sessions WHERE token_hash = ?", hash(token)));
    }

    private static boolean exists(Connection c, String username) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM learners WHERE username = ?")) {
            p.setString(1, username);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static boolean isGuest(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM learners WHERE id = ? AND username IS NULL")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
