package dojo.lambda.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/** Builds a bucket's in-memory key index from its sidecars, once, and sweeps leftovers of a crash. */
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

    private ObjectIndex() {}

    static NavigableMap<String, ObjectMeta> empty() {
        return new ConcurrentSkipListMap<>(KEY_ORDER);
    }

    /** Call with the bucket's commits held off: content without a sidecar is deleted as a crash's leftover. */
    static NavigableMap<String, ObjectMeta> load(Path objects) {
        NavigableMap<String, ObjectMeta> index = empty();
        try {
            if (!Files.isDirectory(objects)) {
                return index;
            }
            Set<Path> referenced = new HashSet<>();
            List<Path> files;
            try (Stream<Path> all = Files.walk(objects, 2)) {
                files = all.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                if (f.getFileName().toString().endsWith(".json")) {
                    ObjectMeta meta = StateFiles.read(f, ObjectMeta.class);
                    index.put(meta.key(), meta);
                    referenced.add(f.resolveSibling(meta.dataFile()));
                }
            }
            for (Path f : files) {
                // content written before a crash that never got its sidecar
                if (f.getFileName().toString().endsWith(".data") && !referenced.contains(f)) {
                    Files.deleteIfExists(f);
                }
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the objects of " + objects.getParent(), e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
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
