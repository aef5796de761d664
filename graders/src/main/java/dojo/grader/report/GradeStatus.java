package dojo.grader.report;

/** A grade overall: every check passed, some did not, or no check could run (e.g. compile errors). */
public enum GradeStatus {
    PASS,
    FAIL,
    ERROR
}
