package dojo.grader.lab;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * A known-wrong submission kept with a lab ({@code wrong/<name>/}) and the ids of exactly the
 * checks it must fail (its {@code fails.txt}); the lab's proof test grades it.
 */
public record WrongVariant(String name, Path dir, Set<String> failingChecks) {
    public WrongVariant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dir, "dir");
        failingChecks = Set.copyOf(failingChecks);
    }
}
