package dojo.course.lab;

/** A Submit the server will not take now: the HTTP status (409 busy or not gradable, 503 queue full) and why. */
public final class SubmitRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    SubmitRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
