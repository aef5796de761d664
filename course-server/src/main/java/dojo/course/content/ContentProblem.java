package dojo.course.content;

import java.util.Objects;

/**
 * Something wrong in {@code content/}: the file (relative to the content folder), the 1-based
 * line when known (0 otherwise) and a message saying what was expected and what was found. An
 * error keeps a lesson from being served; a warning does not.
 */
public record ContentProblem(String file, int line, boolean error, String message) {

    public ContentProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    static ContentProblem error(String file, int line, String message) {
        return new ContentProblem(file, line, true, message);
    }

    static ContentProblem warning(String file, int line, String message) {
        return new ContentProblem(file, line, false, message);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (error ? "error: " : "warning: ") + message;
    }
}
