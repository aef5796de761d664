package dojo.course;

import dojo.course.cell.CellLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.InstantSource;
import java.util.stream.Stream;

/** Starts course servers for tests: port 0, a fresh data directory, a copy of the fixture course. */
final class TestServers {
    private TestServers() {
    }

    static Path fixtureContent(Path into) {
        return copy(Path.of("src/test/resources/fixture-content"), into);
    }

    /** The fixture labs copied to DATA/labs, the labs folder of {@link #config}. */
    static Path fixtureLabs(Path data) {
        return copy(Path.of("src/test/resources/fixture-labs"), data.resolve("labs"));
    }

    /** A lab of the repository's labs/ folder (with its checks, solution and wrong variants) copied to DATA/labs. */
    static Path repositoryLab(Path data, String id) {
        return copy(Path.of("../labs").resolve(id), data.resolve("labs").resolve(id));
    }

    /** A source file of a repository lab, e.g. {@code solution/greeter/Greeter.java}. */
    static String repositoryLabFile(String id, String path) {
        try {
            return Files.readString(Path.of("../labs").resolve(id).resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(Path source, Path into) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = into.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fast cells (3 s wall clock) and fast password hashing, otherwise the defaults. */
    static ServerConfig config(Path data, Path content) {
        CellLimits d = CellLimits.defaults();
        CellLimits limits = new CellLimits(Duration.ofSeconds(3), d.cpuSecondsPerSession(), d.heapMb(), d.tmpMb(), 8,
                d.maxConcurrentRuns(), d.idleSessionTimeout(), d.maxCellChars());
        return ServerConfig.parse("--port", "0", "--data", data.toString(), "--content", content.toString(), "--labs",
                data.resolve("labs").toString()).with(limits, 1000);
    }

    static CourseServer start(Path data, Path content) {
        return CourseServer.start(config(data, content), InstantSource.system());
    }
}
