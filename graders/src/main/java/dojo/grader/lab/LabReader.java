package dojo.grader.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads one {@code labs/<id>/} folder into a {@link Lab}, or says which file is wrong and how. */
final class LabReader {
    static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> knownLibraries;

    LabReader(Set<String> knownLibraries) {
        this.knownLibraries = Set.copyOf(knownLibraries);
    }

    Lab readLab(Path dir) {
        String id = dir.getFileName().toString();
        if (!id.matches(ID_PATTERN)) {
            throw new LabFormatException(dir, "a lab folder name is its id: lowercase words joined by '-', like "
                    + "'first-handler'; found '" + id + "'. Rename the folder");
        }
        Path readme = dir.resolve("README.md");
        FrontMatter front = FrontMatter.parse(readme, text(readme));
        LabFields fields = new LabFields(readme, front.fields());
        String title = fields.string("title");
        String summary = fields.string("summary");
        String lesson = fields.string("lesson");
        LabSettings settings = new LabSettings(fields.string("handler"), fields.string("runtime"),
                fields.integer("memory", 128, 10_240), fields.integer("timeout", 1, 900));
        List<String> libraries = fields.strings("libraries");
        for (String library : libraries) {
            if (!knownLibraries.contains(library)) {
                throw new LabFormatException(readme, "library '" + library + "' is not in the grader's layer; "
                        + "expected one of " + new TreeSet<>(knownLibraries));
            }
        }
        Duration timeLimit = Duration.ofSeconds(fields.optionalInteger("time-limit", 10, 3600, 180));
        fields.requireNoOthers();
        requireJava(dir.resolve("starter"));
        requireJava(dir.resolve("solution"));
        requireJava(dir.resolve("checks"));
        return new Lab(id, dir, title, summary, lesson, settings, libraries, fields.instant("due"), timeLimit,
                front.body(), Hints.parse(dir.resolve("hints.md"), text(dir.resolve("hints.md"))),
                events(dir.resolve("events")), wrongVariants(dir.resolve("wrong")));
    }

    private static Map<String, String> events(Path dir) {
        Map<String, String> events = new LinkedHashMap<>();
        for (Path file : files(dir, ".json")) {
            String text = text(file);
            try {
                JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new LabFormatException(file, "a sample event must be JSON: " + e.getOriginalMessage());
            }
            String name = file.getFileName().toString();
            events.put(name.substring(0, name.length() - ".json".length()), text);
        }
        if (events.isEmpty()) {
            throw new LabFormatException(dir, "expected at least one sample event (events/<name>.json), found none");
        }
        return events;
    }

    private static List<WrongVariant> wrongVariants(Path dir) {
        List<WrongVariant> variants = new ArrayList<>();
        for (Path variant : children(dir)) {
            if (Files.isDirectory(variant)) {
                requireJava(variant);
                Path fails = variant.resolve("fails.txt");
                Set<String> checks = new TreeSet<>();
                for (String line : text(fails).lines().toList()) {
                    String check = line.replaceFirst("#.*", "").strip();
                    if (!check.isEmpty()) {
                        checks.add(check);
                    }
                }
                if (checks.isEmpty()) {
                    throw new LabFormatException(fails, "expected the ids of the checks this variant must fail, one a line; "
                            + "found none");
                }
                variants.add(new WrongVariant(variant.getFileName().toString(), variant, checks));
            }
        }
        if (variants.isEmpty()) {
            throw new LabFormatException(dir, "expected at least one known-wrong variant (wrong/<name>/ with fails.txt), found none");
        }
        return variants;
    }

    private static void requireJava(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LabFormatException(dir, "expected a folder of Java sources here, found nothing; create it");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            if (files.noneMatch(f -> f.toString().endsWith(".java"))) {
                throw new LabFormatException(dir, "expected at least one .java file in this folder, found none");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        return children(dir).stream().filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
    }

    static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LabFormatException(dir, "expected this folder, found nothing; create it");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LabFormatException(file, "expected this file, found nothing; create it");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabFormatException(file, "cannot read it as UTF-8 text: " + e.getMessage());
        }
    }
}
