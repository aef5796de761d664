package dojo.grader.lab;

import java.util.Objects;

/** One hint of a lab, revealed on its own: a short title and a Markdown body. */
public record Hint(String title, String markdown) {
    public Hint {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
    }
}
