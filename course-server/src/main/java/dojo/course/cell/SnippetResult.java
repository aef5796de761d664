package dojo.course.cell;

import java.util.List;
import java.util.Objects;

/**
 * One snippet of a cell after evaluation: its source, the cell line it starts on (1-based), its
 * status, its value when it is an expression (null otherwise), what it printed, and the compiler
 * messages or exception lines that explain a failure.
 */
public record SnippetResult(
        String source, int line, SnippetStatus status, String value, String stdout, String stderr, List<String> problems) {

    public SnippetResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        problems = List.copyOf(problems);
    }
}
