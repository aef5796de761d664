package dojo.course.cell;

/** How one snippet of a cell ended. */
public enum SnippetStatus {
    /** compiled and ran (a declaration was defined, a statement completed) */
    OK,
    /** did not compile; {@link SnippetResult#problems()} holds the compiler's messages */
    COMPILE_ERROR,
    /** compiled, but threw; the problems hold the exception and its frames */
    EXCEPTION,
    /** declared, but uses something not declared yet */
    UNRESOLVED,
    /** not run, because an earlier snippet stopped the cell */
    NOT_RUN
}
