package dojo.course.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Progress per learner and lesson: lessons read and quiz answers. Thread-safe. */
public final class ProgressStore {
    private static final int REMEMBERED_READS = 100_000;
    private final Database database;
    private final InstantSource clock;
    /** (learner, lesson) pairs already recorded, so reading a page again does not write */
    private final Set<String> recordedReads = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public ProgressStore(Database database, InstantSource clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records that the learner opened the lesson; the first time counts. */
    public void markRead(String learnerId, String slug) {
        if (recordedReads.contains(learnerId + "/" + slug)) {
            return;
        }
        if (recordedReads.size() > REMEMBERED_READS) {
            recordedReads.clear();
        }
        recordedReads.add(learnerId + "/" + slug);
        database.write(c -> update(c, "INSERT INTO lesson_reads (learner_id, lesson_slug, first_read_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (learner_id, lesson_slug) DO NOTHING", learnerId, slug, clock.millis()));
    }

    /** Records an answer; the latest answer to a question is the one that counts. */
    public void recordAnswer(String learnerId, String slug, String questionId, boolean correct) {
        database.write(c -> update(c, "INSERT INTO quiz_answers (learner_id, lesson_slug, question_id, correct, attempts, answered_at)"
                + " VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (learner_id, lesson_slug, question_id) DO UPDATE SET"
                + " correct = excluded.correct, attempts = quiz_answers.attempts + 1, answered_at = excluded.answered_at",
                learnerId, slug, questionId, correct ? 1 : 0, clock.millis()));
    }

    public Progress progress(String learnerId) {
        return database.read(c -> {
            Set<String> read = new HashSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT lesson_slug FROM lesson_reads WHERE learner_id = ?")) {
                p.setString(1, learnerId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        read.add(r.getString(1));
                    }
                }
            }
            Map<String, Map<String, Boolean>> answers = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT lesson_slug, question_id, correct FROM quiz_answers WHERE learner_id = ?")) {
                p.setString(1, learnerId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        answers.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getInt(3) == 1);
                    }
                }
            }
            answers.replaceAll((slug, byQuestion) -> Map.copyOf(byQuestion));
            return new Progress(read, answers);
        });
    }

    /**
     * Copies a guest's progress to the account they logged in to, inside the caller's
     * transaction; the account's own answers win where both answered.
     */
    static void merge(Connection c, String fromLearnerId, String toLearnerId) throws SQLException {
        update(c, "INSERT INTO lesson_reads (learner_id, lesson_slug, first_read_at) SELECT ?, lesson_slug, first_read_at"
                + " FROM lesson_reads WHERE learner_id = ? ON CONFLICT (learner_id, lesson_slug) DO NOTHING", toLearnerId, fromLearnerId);
        update(c, "INSERT INTO quiz_answers (learner_id, lesson_slug, question_id, correct, attempts, answered_at)"
                + " SELECT ?, lesson_slug, question_id, correct, attempts, answered_at FROM quiz_answers WHERE learner_id = ?"
                + " ON CONFLICT (learner_id, lesson_slug, question_id) DO NOTHING", toLearnerId, fromLearnerId);
    }

    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            return p.executeUpdate();
        }
    }
}
