package dojo.course.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The lessons of {@code content/}, read at run time and rendered once: a lesson is rendered again
 * only when its file changes (checked by modification time and size on each request), and the
 * course map when course.yml or the lessons folder changes. Thread-safe.
 */
public final class ContentLibrary {
    private static final Pattern FILE_NAME = Pattern.compile("^(\\d{2})-([a-z0-9]+(-[a-z0-9]+)*)\\.md$");
    private final Path contentDir;
    private final Path labsDir;
    private final LessonRenderer renderer = new LessonRenderer();
    private final Map<String, Loaded> lessons = new ConcurrentHashMap<>();
    private volatile Catalog catalog;

    private record Stamp(FileTime modified, long size) {
    }

    private record Loaded(Stamp stamp, LessonRenderer.Result result) {
    }

    /** course.yml as read, the lesson file for each listed slug, and the problems of the map itself. */
    private record Catalog(Stamp courseStamp, Stamp folderStamp, CourseMap course, Map<String, Path> files,
            Map<String, Integer> positions, List<ContentProblem> problems) {
    }

    private ContentLibrary(Path contentDir, Path labsDir) {
        this.contentDir = contentDir;
        this.labsDir = labsDir;
    }

    /** Opens {@code contentDir} and renders every lesson now, so all problems are known at start-up. */
    public static ContentLibrary open(Path contentDir, Path labsDir) {
        if (!Files.isRegularFile(contentDir.resolve("course.yml"))) {
            throw new IllegalArgumentException("Expected a content folder with course.yml at " + contentDir.toAbsolutePath()
                    + ", found none; pass --content with the repository's content/ folder");
        }
        ContentLibrary library = new ContentLibrary(contentDir, labsDir);
        library.course().lessons().forEach(entry -> library.lesson(entry.slug()));
        return library;
    }

    /** The course map, re-read if course.yml or the lessons folder changed. */
    public CourseMap course() {
        return current().course();
    }

    /** The lesson, if the course lists it and its file has no errors. */
    public Optional<Lesson> lesson(String slug) {
        return Optional.ofNullable(load(slug)).map(LessonRenderer.Result::lesson);
    }

    /** Problems of one lesson (empty for an unknown slug). */
    public List<ContentProblem> problems(String slug) {
        LessonRenderer.Result result = load(slug);
        return result == null ? List.of() : result.problems();
    }

    /** Every problem in content/: the course map's, then each listed lesson's. */
    public List<ContentProblem> problems() {
        Catalog current = current();
        List<ContentProblem> all = new ArrayList<>(current.problems());
        current.course().lessons().forEach(e -> all.addAll(problems(e.slug())));
        return all;
    }

    private LessonRenderer.Result load(String slug) {
        Catalog current = current();
        Path file = current.files().get(slug);
        if (file == null) {
            return null;
        }
        Stamp stamp = stamp(file);
        Loaded loaded = lessons.get(slug);
        if (loaded != null && loaded.stamp().equals(stamp)) {
            return loaded.result();
        }
        synchronized (this) {
            loaded = lessons.get(slug);
            if (loaded == null || !loaded.stamp().equals(stamp)) {
                loaded = new Loaded(stamp, render(file, slug, current.positions().get(slug)));
                lessons.put(slug, loaded);
            }
            return loaded.result();
        }
    }

    private LessonRenderer.Result render(Path file, String slug, int position) {
        String name = contentDir.relativize(file).toString();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return renderer.render(text, name, slug, position, lab -> Files.isDirectory(labsDir.resolve(lab)));
        } catch (IOException e) {
            return new LessonRenderer.Result(null, List.of(ContentProblem.error(name, 0, "could not read the file: " + e)));
        }
    }

    private Catalog current() {
        Catalog current = catalog;
        Path courseFile = contentDir.resolve("course.yml");
        Path folder = contentDir.resolve("lessons");
        if (current != null && current.courseStamp().equals(stamp(courseFile)) && current.folderStamp().equals(stamp(folder))) {
            return current;
        }
        synchronized (this) {
            if (catalog == null || !catalog.courseStamp().equals(stamp(courseFile)) || !catalog.folderStamp().equals(stamp(folder))) {
                catalog = readCatalog(courseFile, folder);
                lessons.clear();
            }
            return catalog;
        }
    }

    private Catalog readCatalog(Path courseFile, Path folder) {
        List<ContentProblem> problems = new ArrayList<>();
        Stamp courseStamp = stamp(courseFile);
        Stamp folderStamp = stamp(folder);
        JsonNode yaml;
        try {
            yaml = Yaml.parse(Files.readString(courseFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + courseFile, e);
        } catch (Yaml.YamlSyntaxException e) {
            problems.add(ContentProblem.error("course.yml", e.line(), e.getMessage()));
            yaml = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        Map<String, Path> byFileSlug = new LinkedHashMap<>();
        Map<String, Integer> fileNumbers = new LinkedHashMap<>();
        for (Path file : lessonFiles(folder)) {
            Matcher m = FILE_NAME.matcher(file.getFileName().toString());
            if (!m.matches()) {
                problems.add(ContentProblem.error("lessons/" + file.getFileName(), 0, "expected a lesson file name like"
                        + " 03-pricing.md (two digits, a dash, a lowercase slug), found " + file.getFileName()));
                continue;
            }
            byFileSlug.put(m.group(2), file);
            fileNumbers.put(m.group(2), Integer.parseInt(m.group(1)));
        }
        String title = yaml.path("title").asText("").strip();
        if (title.isEmpty()) {
            problems.add(ContentProblem.error("course.yml", 0, "expected a 'title', found none"));
        }
        List<CourseMap.Entry> entries = new ArrayList<>();
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        int position = 0;
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (JsonNode item : yaml.path("lessons")) {
            position++;
            String slug = item.path("slug").asText("");
            listed.add(slug);
            Path file = byFileSlug.get(slug);
            if (positions.containsKey(slug)) {
                problems.add(ContentProblem.error("course.yml", 0, "expected each lesson listed once, found '" + slug + "' twice"));
            } else if (file == null) {
                problems.add(ContentProblem.error("course.yml", 0, "lesson " + position + " '" + slug + "' has no file lessons/"
                        + String.format("%02d", position) + "-" + slug + ".md"));
            } else if (fileNumbers.get(slug) != position) {
                problems.add(ContentProblem.error("lessons/" + file.getFileName(), 0, "expected the file number "
                        + String.format("%02d", position) + " (the lesson's position in course.yml), found "
                        + String.format("%02d", fileNumbers.get(slug))));
            } else {
                files.put(slug, file);
                positions.put(slug, position);
                entries.add(new CourseMap.Entry(position, slug, renderer.markdown().inline(item.path("description").asText(""))));
            }
        }
        byFileSlug.keySet().stream().filter(slug -> !listed.contains(slug))
                .forEach(slug -> problems.add(ContentProblem.error("lessons/" + byFileSlug.get(slug).getFileName(), 0,
                        "expected every lesson file to be listed in course.yml, found '" + slug + "' missing there")));
        CourseMap course = new CourseMap(title.isEmpty() ? "Lambda Dojo" : title,
                renderer.markdown().block(yaml.path("description").asText("")), entries);
        return new Catalog(courseStamp, folderStamp, course, files, positions, problems);
    }

    private static List<Path> lessonFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the lessons in " + folder, e);
        }
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime(), attributes.size());
        } catch (IOException e) {
            return new Stamp(FileTime.fromMillis(0), -1);
        }
    }
}
