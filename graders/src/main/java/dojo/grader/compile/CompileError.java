package dojo.grader.compile;

import java.util.Objects;

/**
 * One error the Java compiler reported, as the learner should see it.
 *
 * @param file the source file relative to the submission (e.g. {@code greeter/Greeter.java})
 * @param line 1-based, 0 when the error belongs to no line
 * @param column 1-based, 0 when unknown
 */
public record CompileError(String file, long line, long column, String message) {
    public CompileError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": error: " + message;
    }
}
