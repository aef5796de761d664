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
