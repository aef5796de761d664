package dojo.course.cell;

/** All cell run slots are busy; the learner should try again shortly (HTTP 429). */
public final class CellBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CellBusyException(String message) {
        super(message);
    }
}
