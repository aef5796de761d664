package dojo.grader;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The command line of {@code grader.jar}, parsed once.
 *
 * @param lab null with {@code --list}
 * @param out null to print to standard output
 * @param due overrides the lab's due date for hidden checks; null keeps the lab's
 */
record GraderOptions(boolean list, String lab, Path submission, String format, Path out, Path labs, Instant due) {
    static final List<String> FORMATS = List.of("text", "exercism", "gradescope");

    static GraderOptions parse(String[] args) {
        boolean list = false;
        String lab = null;
        Path submission = null;
        String format = "text";
        Path out = null;
        Path labs = Path.of("labs");
        Instant due = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--list" -> list = true;
                case "--lab" -> lab = value(args, ++i, flag);
                case "--submission" -> submission = Path.of(value(args, ++i, flag));
                case "--format" -> format = value(args, ++i, flag);
                case "--out" -> out = Path.of(value(args, ++i, flag));
                case "--labs" -> labs = Path.of(value(args, ++i, flag));
                case "--due" -> due = instant(value(args, ++i, flag));
                default -> throw new UsageException("Unknown option '" + flag + "'.");
            }
        }
        if (!FORMATS.contains(format)) {
            throw new UsageException("--format must be one of " + FORMATS + ", found '" + format + "'.");
        }
        if (!list && (lab == null || submission == null)) {
            throw new UsageException("Expected --lab and --submission (or --list), found " + (lab == null ? "no --lab" : "no --submission") + ".");
        }
        return new GraderOptions(list, lab, submission, format, out, labs, due);
    }

    static String usage() {
        return String.join("\n",
                "Usage: java -jar grader.jar --lab <lab-id> --submission <file-or-folder> [--format text|exercism|gradescope]",
                "                            [--out FILE] [--labs DIR] [--due DATE]",
                "       java -jar grader.jar --list [--labs DIR]",
                "",
                "Grades a Java handler for a lab on an embedded mini-lambda engine (data in a temporary folder).",
                "Exits 0 once graded, whatever the score; 2 on bad usage or an unknown lab.",
                "",
                "  --lab ID          the lab to grade for (see --list)",
                "  --submission P    a .java file or a folder of them",
                "  --format F        text (default), exercism (test runner v3 results.json) or gradescope (results.json)",
                "  --out FILE        write the report there instead of to standard output",
                "  --labs DIR        the folder of labs (default ./labs)",
                "  --due DATE        show checks hidden until the due date as of this date (e.g. 2026-03-01)",
                "  --list            list the labs, and any that failed to load with the file and the problem");
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(flag + " needs a value.");
        }
        return args[i];
    }

    private static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--due must be a date like 2026-03-01 or an instant like 2026-03-01T17:00:00Z, found '"
                    + text + "'.");
        }
    }

    /** Bad usage: the message says what was wrong; the usage text follows it. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
