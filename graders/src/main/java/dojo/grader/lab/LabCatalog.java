package dojo.grader.lab;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The labs under one folder, read once. A malformed lab does not stop the others: it is left out
 * and its {@link LabProblem} (file and problem) is reported by {@link #problems()}.
 * Immutable and thread-safe.
 */
public final class LabCatalog {
    private final Path dir;
    private final Map<String, Lab> labs;
    private final List<LabProblem> problems;

    private LabCatalog(Path dir, Map<String, Lab> labs, List<LabProblem> problems) {
        this.dir = dir;
        this.labs = Collections.unmodifiableMap(labs);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads every sub-folder of {@code dir} as a lab.
     *
     * @param libraries the SDK clients a lab's {@code libraries} may name
     * @throws IllegalArgumentException when {@code dir} is not a folder
     */
    public static LabCatalog load(Path dir, Set<String> libraries) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Expected a folder of labs at " + dir.toAbsolutePath()
                    + ", found nothing there; pass --labs DIR or run from the repository root");
        }
        LabReader reader = new LabReader(libraries);
        Map<String, Lab> labs = new TreeMap<>();
        List<LabProblem> problems = new ArrayList<>();
        for (Path labDir : LabReader.children(dir)) {
            if (!Files.isDirectory(labDir) || labDir.getFileName().toString().startsWith(".")) {
                continue;
            }
            String id = labDir.getFileName().toString();
            try {
                labs.put(id, reader.readLab(labDir));
            } catch (LabFormatException e) {
                problems.add(new LabProblem(id, e.file(), e.getMessage()));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                problems.add(new LabProblem(id, labDir.resolve("README.md"), e.getMessage()));
            }
        }
        return new LabCatalog(dir, labs, problems);
    }

    public Path dir() {
        return dir;
    }

    /** The labs that loaded, by id in id order. */
    public Map<String, Lab> labs() {
        return labs;
    }

    public List<LabProblem> problems() {
        return problems;
    }

    public Optional<Lab> find(String id) {
        return Optional.ofNullable(labs.get(id));
    }

    /** The lab, or an exception naming the labs there are (and why a lab of that id did not load). */
    public Lab require(String id) {
        Lab lab = labs.get(id);
        if (lab != null) {
            return lab;
        }
        String why = problems.stream().filter(p -> p.labId().equals(id)).map(p -> " It did not load: " + p + ".")
                .findFirst().orElse("");
        throw new IllegalArgumentException("Unknown lab '" + id + "'." + why + " Labs in " + dir + ": "
                + (labs.isEmpty() ? "none" : String.join(", ", labs.keySet())));
    }
}
