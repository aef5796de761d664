package dojo.course.cell;

/** How a cell run ended. */
public enum CellEnding {
    /** every snippet was evaluated (some may have failed to compile or thrown) */
    COMPLETED,
    /** the run passed its wall-clock limit; the session was discarded */
    TIMED_OUT,
    /** the session's JVM stopped (System.exit, CPU limit, crash); the session was discarded */
    SESSION_ENDED
}
