package dojo.grader.lab;

import java.nio.file.Path;
import java.util.Objects;

/** Why a lab could not be loaded: the file at fault and what is wrong with it. */
public record LabProblem(String labId, Path file, String problem) {
    public LabProblem {
        Objects.requireNonNull(labId, "labId");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return file + ": " + problem;
    }
}
