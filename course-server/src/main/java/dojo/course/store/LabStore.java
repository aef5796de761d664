package dojo.course.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a learner does in labs: one draft per lab (overwritten as they type), every Run and
 * Submit attempt (never overwritten), hints revealed, and their own mini-lambda account id. Thread-safe.
 */
public final class LabStore {
    private final Database database;
    private final InstantSource clock;

    /** The learner's files and event as last saved. */
    public record Draft(String filesJson, String eventJson, long savedAt) {
    }

    /** One Run or Submit, with the outcome and the result as JSON. */
    public record Attempt(String id, String kind, String outcome, String resultJson, long createdAt) {
    }

    public LabStore(Database database, InstantSource clock) {
        this.database = database;
        this.clock = clock;
    }

    public long saveDraft(String learnerId, String labId, String filesJson, String eventJson) {
        long now = clock.millis();
        database.write(c -> ProgressStore.update(c, "INSERT INTO lab_drafts (learner_id, lab_id, files_json, event_json, saved_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (learner_id, lab_id) DO UPDATE SET files_json = excluded.files_json,"
                + " event_json = excluded.event_json, saved_at = excluded.saved_at", learnerId, labId, filesJson, eventJson, now));
        return now;
    }

    public Optional<Draft> draft(String learnerId, String labId) {
        return database.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT files_json, event_json, saved_at FROM lab_drafts WHERE learner_id = ? AND lab_id = ?")) {
                p.setString(1, learnerId);
                p.setString(2, labId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Draft(r.getString(1), r.getString(2), r.getLong(3))) : Optional.empty();
                }
            }
        });
    }

    public void deleteDraft(String learnerId, String labId) {
        database.write(c -> ProgressStore.update(c, "DELETE FROM lab_drafts WHERE learner_id = ? AND lab_id = ?", learnerId, labId));
    }

    public String recordAttempt(String learnerId, String labId, String kind, String filesJson, String eventJson, String outcome,
            String resultJson) {
        String id = UUID.randomUUID().toString();
        database.write(c -> ProgressStore.update(c, "INSERT INTO lab_attempts (id, learner_id, lab_id, kind, files_json, event_json,"
                + " outcome, result_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, learnerId, labId, kind, filesJson,
                eventJson, outcome, resultJson, clock.millis()));
        return id;
    }

    /** The learner's attempts at a lab, newest first. */
    public List<Attempt> attempts(String learnerId, String labId) {
        return database.read(c -> {
            List<Attempt> attempts = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, kind, outcome, result_json, created_at FROM lab_attempts"
                    + " WHERE learner_id = ? AND lab_id = ? ORDER BY created_at DESC, id")) {
                p.setString(1, learnerId);
                p.setString(2, labId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        attempts.add(new Attempt(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5)));
                    }
                }
            }
            return attempts;
        });
    }

    /** How many of the lab's hints the learner has revealed. */
    public int hintsRevealed(String learnerId, String labId) {
        return database.read(c -> revealed(c, learnerId, labId));
    }

    /** Reveals one more hint (at most {@code total}); returns how many are revealed now. */
    public int revealHint(String learnerId, String labId, int total) {
        return database.write(c -> {
            int next = Math.min(revealed(c, learnerId, labId) + 1, total);
            ProgressStore.update(c, "INSERT INTO lab_hints (learner_id, lab_id, revealed, updated_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (learner_id, lab_id) DO UPDATE SET revealed = excluded.revealed, updated_at = excluded.updated_at",
                    learnerId, labId, next, clock.millis());
            return next;
        });
    }

    /** Labs the learner has touched (a saved draft or any attempt), and the result of every Submit. */
    public record Activity(java.util.Set<String> started, List<Submit> submits) {
    }

    /** One Submit's stored grade (JSON of the course's LabGrade). */
    public record Submit(String labId, String resultJson) {
    }

    public Activity activity(String learnerId) {
        return database.read(c -> {
            java.util.Set<String> started = new java.util.HashSet<>();
            List<Submit> submits = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT lab_id, NULL, NULL FROM lab_drafts WHERE learner_id = ? UNION ALL"
                    + " SELECT lab_id, kind, result_json FROM lab_attempts WHERE learner_id = ?")) {
                p.setString(1, learnerId);
                p.setString(2, learnerId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        started.add(r.getString(1));
                        if ("submit".equals(r.getString(2))) {
                            submits.add(new Submit(r.getString(1), r.getString(3)));
                        }
                    }
                }
            }
            return new Activity(started, submits);
        });
    }

    /**
     * Moves a guest's lab work to the account they logged in to, inside the caller's transaction:
     * every attempt moves; the newer draft and the larger hint count win; the account keeps its
     * own engine account when it has one.
     */
    static void merge(Connection c, String fromLearnerId, String toLearnerId) throws SQLException {
        ProgressStore.update(c, "UPDATE lab_attempts SET learner_id = ? WHERE learner_id = ?", toLearnerId, fromLearnerId);
        ProgressStore.update(c, "INSERT INTO lab_drafts (learner_id, lab_id, files_json, event_json, saved_at)"
                + " SELECT ?, lab_id, files_json, event_json, saved_at FROM lab_drafts WHERE learner_id = ? ON CONFLICT (learner_id,"
                + " lab_id) DO UPDATE SET files_json = excluded.files_json, event_json = excluded.event_json,"
                + " saved_at = excluded.saved_at WHERE excluded.saved_at > lab_drafts.saved_at", toLearnerId, fromLearnerId);
        ProgressStore.update(c, "INSERT INTO lab_hints (learner_id, lab_id, revealed, updated_at)"
                + " SELECT ?, lab_id, revealed, updated_at FROM lab_hints WHERE learner_id = ? ON CONFLICT (learner_id, lab_id)"
                + " DO UPDATE SET revealed = excluded.revealed, updated_at = excluded.updated_at"
                + " WHERE excluded.revealed > lab_hints.revealed", toLearnerId, fromLearnerId);
        ProgressStore.update(c, "INSERT INTO lambda_accounts (learner_id, account_id) SELECT ?, account_id FROM lambda_accounts"
                + " WHERE learner_id = ? ON CONFLICT (learner_id) DO NOTHING", toLearnerId, fromLearnerId);
    }

    private static int revealed(Connection c, String learnerId, String labId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT revealed FROM lab_hints WHERE learner_id = ? AND lab_id = ?")) {
            p.setString(1, learnerId);
            p.setString(2, labId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    /** The learner's mini-lambda account id, created with {@code create} the first time. */
    public String lambdaAccount(String learnerId, Supplier<String> create) {
        Optional<String> known = database.read(c -> account(c, learnerId));
        if (known.isPresent()) {
            return known.get();
        }
        synchronized (this) {
            return database.write(c -> {
                Optional<String> again = account(c, learnerId);
                if (again.isPresent()) {
                    return again.get();
                }
                String id = create.get();
                ProgressStore.update(c, "INSERT INTO lambda_accounts (learner_id, account_id) VALUES (?, ?)", learnerId, id);
                return id;
            });
        }
    }

    private static Optional<String> account(Connection c, String learnerId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT account_id FROM lambda_accounts WHERE learner_id = ?")) {
            p.setString(1, learnerId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }
}
