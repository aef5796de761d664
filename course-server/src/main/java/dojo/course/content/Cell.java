package dojo.course.content;

import java.util.Objects;

/**
 * A runnable Java cell of a lesson: its 0-based position among the page's cells, its source, and
 * the {@code output} block that follows it (null when the cell prints nothing).
 */
public record Cell(int index, String code, String expectedOutput) {

    public Cell {
        Objects.requireNonNull(code, "code");
        if (index < 0) {
            throw new IllegalArgumentException("Expected a cell index >= 0, found " + index);
        }
    }

    /**
     * The comparison rule of content/README.md: lines with trailing whitespace stripped, trailing
     * empty lines dropped, then equal.
     */
    public static boolean sameOutput(String expected, String actual) {
        return normalized(expected).equals(normalized(actual));
    }

    private static String normalized(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int last = lines.length - 1;
        while (last >= 0 && lines[last].isBlank()) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            out.append(lines[i].stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
