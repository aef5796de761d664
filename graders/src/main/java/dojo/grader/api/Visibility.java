package dojo.grader.api;

/** Who sees a check's result: the learner at once, or only after the due date. */
public enum Visibility {
    VISIBLE,
    AFTER_DUE_DATE
}
