package dojo.grader.report;

/** How one check came out: held, fell short (the submission's fault), or could not be judged. */
public enum CheckStatus {
    PASS,
    FAIL,
    ERROR
}
