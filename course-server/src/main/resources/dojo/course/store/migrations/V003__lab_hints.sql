-- Hints revealed one at a time: how many of a lab's hints the learner has asked for so far.
CREATE TABLE lab_hints (
    learner_id VARCHAR(36) NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lab_id VARCHAR(100) NOT NULL,
    revealed INTEGER NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (learner_id, lab_id)
);
