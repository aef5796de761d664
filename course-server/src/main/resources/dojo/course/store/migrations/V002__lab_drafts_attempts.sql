-- Labs: the learner's draft per lab (saved as they type), every Run and Submit attempt, and the
-- learner's own mini-lambda account. Portable SQL (SQLite and PostgreSQL); times in epoch ms.
CREATE TABLE lab_drafts (
    learner_id VARCHAR(36) NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lab_id VARCHAR(100) NOT NULL,
    files_json TEXT NOT NULL,
    event_json TEXT NOT NULL,
    saved_at BIGINT NOT NULL,
    PRIMARY KEY (learner_id, lab_id)
);

CREATE TABLE lab_attempts (
    id VARCHAR(36) PRIMARY KEY,
    learner_id VARCHAR(36) NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lab_id VARCHAR(100) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    files_json TEXT NOT NULL,
    event_json TEXT NOT NULL,
    outcome VARCHAR(40) NOT NULL,
    result_json TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE INDEX lab_attempts_by_learner ON lab_attempts (learner_id, lab_id, created_at);

CREATE TABLE lambda_accounts (
    learner_id VARCHAR(36) PRIMARY KEY REFERENCES learners (id) ON DELETE CASCADE,
    account_id VARCHAR(40) NOT NULL
);
