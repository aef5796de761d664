package dojo.grader.compile;

import java.util.List;

/**
 * A submission compiled into a deployment package, or the compiler's errors (then no package).
 *
 * @param sources the learner-facing names of the files compiled
 */
public record Build(List<String> sources, List<CompileError> errors, DeploymentZip zip) {
    public Build {
        sources = List.copyOf(sources);
        errors = List.copyOf(errors);
        if (errors.isEmpty() == (zip == null)) {
            throw new IllegalArgumentException("A build has either a package or errors, found " + errors.size()
                    + " errors and " + (zip == null ? "no" : "a") + " package");
        }
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
