package dojo.grader.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Splits {@code hints.md} into hints: each starts at a {@code ## } heading, its title. */
final class Hints {
    private Hints() {}

    static List<Hint> parse(Path file, String text) {
        List<Hint> hints = new ArrayList<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").lines().toList()) {
            if (line.startsWith("## ")) {
                if (title != null) {
                    hints.add(new Hint(title, body.toString().strip() + "\n"));
                }
                title = line.substring(3).strip();
                body.setLength(0);
            } else if (title != null) {
                body.append(line).append('\n');
            } else if (!line.isBlank()) {
                throw new LabFormatException(file, "expected each hint to start with a '## ' heading, found text before the "
                        + "first one: '" + line + "'");
            }
        }
        if (title != null) {
            hints.add(new Hint(title, body.toString().strip() + "\n"));
        }
        if (hints.isEmpty()) {
            throw new LabFormatException(file, "expected at least one hint (a '## Title' line and its text), found none");
        }
        return hints;
    }
}
