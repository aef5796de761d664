package dojo.course.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The labs of {@code labs/}, read from disk on each request (a lab is a handful of small files, so
 * edits show up at once). A lab whose files are broken is reported as a {@link LabProblem}.
 */
public final class Labs {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FRONT = Pattern.compile("\\A---\\R(.*?)\\R---\\R?(.*)\\z", Pattern.DOTALL);
    private final Path labsDir;
    private final Markdown markdown = new Markdown();

    public Labs(Path labsDir) {
        this.labsDir = labsDir;
    }

    /** The lab, or empty when there is no folder {@code labs/<id>} with a README.md. */
    public Optional<Lab> lab(String id) {
        if (!ID.matcher(id).matches() || !Files.isRegularFile(labsDir.resolve(id).resolve("README.md"))) {
            return Optional.empty();
        }
        Path dir = labsDir.resolve(id);
        try {
            String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
            Matcher m = FRONT.matcher(readme);
            if (!m.matches()) {
                throw new LabProblem(id, "expected README.md to start with front matter between '---' lines, found none");
            }
            LabMeta meta = LabMeta.from(Yaml.parse(m.group(1)), "labs/" + id + "/README.md");
            Path hints = dir.resolve("hints.md");
            return Optional.of(new Lab(id, meta, markdown.block(m.group(2)), files(dir.resolve("starter"), ".java"),
                    files(dir.resolve("events"), ".json"), Files.isRegularFile(hints) ? Files.readString(hints) : ""));
        } catch (IllegalArgumentException e) {
            throw new LabProblem(id, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read labs/" + id, e);
        }
    }

    /** Lab ids that have a folder, in name order. */
    public java.util.List<String> ids() {
        if (!Files.isDirectory(labsDir)) {
            return java.util.List.of();
        }
        try (Stream<Path> dirs = Files.list(labsDir)) {
            return dirs.map(p -> p.getFileName().toString()).filter(n -> ID.matcher(n).matches())
                    .filter(n -> Files.isRegularFile(labsDir.resolve(n).resolve("README.md"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + labsDir, e);
        }
    }

    /** Markdown (hints) as HTML with the course's pipeline. */
    public String html(String markdownText) {
        return markdown.block(markdownText);
    }

    /** One hint: its title and its text as HTML. */
    public record Hint(String title, String html) {
    }

    /** The lab's hints in order: each starts at a {@code ## Title} line of hints.md (labs/README.md). */
    public java.util.List<Hint> hints(Lab lab) {
        java.util.List<Hint> hints = new java.util.ArrayList<>();
        String title = null;
        StringBuilder body = new StringBuilder();
        for (String line : (lab.hintsMarkdown() + "\n## ").lines().toList()) {
            if (line.startsWith("## ")) {
                if (title != null) {
                    hints.add(new Hint(title, markdown.block(body.toString())));
                }
                title = line.substring(3).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        return hints;
    }

    private static Map<String, String> files(Path dir, String suffix) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (name.endsWith(suffix)) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /** A lab folder that does not follow labs/README.md. */
    public static final class LabProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LabProblem(String id, String message) {
            super("The lab '" + id + "' cannot be shown: " + message + ". Fix labs/" + id + "/ and reload.");
        }
    }
}
