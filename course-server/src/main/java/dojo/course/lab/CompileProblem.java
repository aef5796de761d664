package dojo.course.lab;

import java.util.Objects;

/** One compiler error in a learner's file: path under the lab's sources, 1-based line and column. */
public record CompileProblem(String file, long line, long column, String message) {
    public CompileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }
}
