package dojo.course.web;

/**
 * A request the server refuses because of something the client sent or asked for: the status
 * (4xx) and a message for the learner. Shown as a page for browser navigation, as JSON
 * {@code {"error": ...}} for the page's own requests.
 */
public final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
