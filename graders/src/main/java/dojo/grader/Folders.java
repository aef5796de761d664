package dojo.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting the grader's scratch folders. */
final class Folders {
    private Folders() {}

    /** Deletes {@code dir} and everything in it; what cannot be deleted is left for the OS's temp cleaner. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // a leftover scratch file harms nothing
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
