package dojo.grader.compile;

import java.nio.file.Path;
import java.util.Objects;

/** A Java source to compile and the name the learner knows it by (relative to their submission). */
public record SourceFile(String name, Path path) {
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }
}
