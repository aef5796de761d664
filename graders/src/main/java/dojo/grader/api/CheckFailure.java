package dojo.grader.api;

/**
 * A check's verdict that the submission falls short, worded for the learner: what was expected,
 * what the submission did, and what to try. Thrown by {@link Expect}; a check may throw it too.
 */
public final class CheckFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String got;
    private final String hint;

    public CheckFailure(String expected, String got, String hint) {
        super(message(expected, got, hint));
        this.expected = expected;
        this.got = got;
        this.hint = hint;
    }

    public String expected() {
        return expected;
    }

    public String got() {
        return got;
    }

    public String hint() {
        return hint;
    }

    private static String message(String expected, String got, String hint) {
        return "Expected: " + expected + "\nGot: " + got + (hint == null || hint.isBlank() ? "" : "\nTry: " + hint);
    }
}
