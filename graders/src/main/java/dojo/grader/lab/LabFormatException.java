package dojo.grader.lab;

import java.nio.file.Path;

/** A lab file that does not follow the lab format; names the file and the problem. */
final class LabFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    LabFormatException(Path file, String problem) {
        super(problem);
        this.file = file;
    }

    Path file() {
        return file;
    }
}
