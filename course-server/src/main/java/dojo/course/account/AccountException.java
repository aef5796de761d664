package dojo.course.account;

/** A registration or login the server refuses, with the HTTP status to answer and a message for the learner. */
public final class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public AccountException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
