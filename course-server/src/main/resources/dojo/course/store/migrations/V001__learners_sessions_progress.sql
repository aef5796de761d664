-- Learners (a guest has no username), login sessions, and progress per lesson.
-- Portable SQL: runs unchanged on SQLite and PostgreSQL. Times are epoch milliseconds.
CREATE TABLE learners (
    id VARCHAR(36) PRIMARY KEY,
    username VARCHAR(64) UNIQUE,
    password_hash VARCHAR(200),
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash VARCHAR(64) PRIMARY KEY,
    learner_id VARCHAR(36) NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    csrf_token VARCHAR(64) NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE INDEX sessions_by_learner ON sessions (learner_id);

CREATE TABLE lesson_reads (
    learner_id VARCHAR(36) NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lesson_slug VARCHAR(100) NOT NULL,
    first_read_at BIGINT NOT NULL,
    PRIMARY KEY (learner_id, lesson_slug)
);

CREATE TABLE quiz_answers (
    learner_id VARCHAR(36) NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lesson_slug VARCHAR(100) NOT NULL,
    question_id VARCHAR(100) NOT NULL,
    correct INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (learner_id, lesson_slug, question_id)
);
