package dojo.lambda.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * Builds a bucket's in-memory key index from its files, once: per key the highest version wins
 * (a sidecar, or a tombstone meaning the key is gone), and every other file of that key, left
 * by a crash or not yet swept, is deleted.
 */
final class ObjectIndex {
    /** S3 lists keys in UTF-8 byte order, which is code point order (not Java's UTF-16 order). */
    static final Comparator<String> KEY_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    record Loaded(NavigableMap<String, ObjectMeta> objects, long highestVersion) {}

    private record Version(Path file, long number, String kind) {}

    private ObjectIndex() {}

    static NavigableMap<String, ObjectMeta> empty() {
        return new ConcurrentSkipListMap<>(KEY_ORDER);
    }

    /** Call with the bucket's commits held off. */
    static Loaded load(Path objects) {
        NavigableMap<String, ObjectMeta> index = empty();
        long highest = 0;
        if (!Files.isDirectory(objects)) {
            return new Loaded(index, highest);
        }
        try {
            Map<String, List<Version>> byKey = new HashMap<>();
            try (Stream<Path> all = Files.walk(objects, 2)) {
                for (Path f : all.filter(Files::isRegularFile).toList()) {
                    String[] parts = f.getFileName().toString().split("\\.");
                    long number = parts.length == 3 && parts[1].matches("\\d{1,19}") ? Long.parseLong(parts[1]) : -1;
                    if (number < 0) {
                        Files.deleteIfExists(f);
                        continue;
                    }
                    highest = Math.max(highest, number);
                    byKey.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Version(f, number, parts[2]));
                }
            }
            for (List<Version> versions : byKey.values()) {
                ObjectMeta current = current(versions);
                if (current != null) {
                    index.put(current.key(), current);
                }
            }
            return new Loaded(index, highest);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the objects of " + objects.getParent(), e);
        }
    }

    /** The object the highest whole version of one key describes (null if it is gone); deletes the rest. */
    private static ObjectMeta current(List<Version> versions) throws IOException {
        versions.sort(Comparator.comparingLong(Version::number).reversed());
        ObjectMeta current = null;
        String keep = null;
        for (Version v : versions) {
            if (current == null && keep == null && v.kind().equals("json")) {
                current = StateFiles.readIfWhole(v.file(), ObjectMeta.class);
                if (current != null && Files.exists(v.file().resolveSibling(current.dataFile()))) {
                    keep = v.file().getFileName().toString();
                    continue;
                }
                current = null;
            }
            if (current == null && keep == null && v.kind().equals("gone")) {
                keep = "";
            }
        }
        for (Version v : versions) {
            String name = v.file().getFileName().toString();
            boolean kept = current != null && (name.equals(keep) || name.equals(current.dataFile()));
            if (!kept) {
                Files.deleteIfExists(v.file());
            }
        }
        return current;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (java.nio.file.DirectoryNotEmptyException e) {
                    // the sweeper may still be at work inside; a second pass below finishes the job
                }
            }
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof NoSuchFileException)) {
                throw e;
            }
        }
        if (Files.exists(dir)) {
            deleteTree(dir);
        }
    }

    /** Deletes uploads that were in progress when the engine last stopped. */
    static void clear(Path incoming) throws IOException {
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (Stream<Path> files = Files.list(incoming)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
