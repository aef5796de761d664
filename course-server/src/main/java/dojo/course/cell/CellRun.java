package dojo.course.cell;

import java.util.List;
import java.util.Objects;

/**
 * The result of running one cell: its index on the page, a result per snippet in order, how the
 * run ended, and for anything but {@link CellEnding#COMPLETED} a message for the learner.
 */
public record CellRun(int cell, List<SnippetResult> snippets, CellEnding ending, String message) {

    public CellRun {
        Objects.requireNonNull(ending, "ending");
        snippets = List.copyOf(snippets);
    }

    /** Everything the cell printed to System.out, in order. */
    public String stdout() {
        StringBuilder all = new StringBuilder();
        snippets.forEach(s -> all.append(s.stdout()));
        return all.toString();
    }
}
