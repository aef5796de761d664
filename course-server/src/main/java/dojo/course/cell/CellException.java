package dojo.course.cell;

/** A failure of the cell machinery itself (not of learner code, which is a {@link CellRun} result). */
public final class CellException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CellException(String message) {
        super(message);
    }

    public CellException(String message, Throwable cause) {
        super(message, cause);
    }
}
