package dojo.grader;

import dojo.grader.compile.Layer;
import dojo.grader.lab.LabCatalog;
import dojo.lambda.Engine;
import dojo.lambda.EngineConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/** A grader on a real engine (free port, its own data folder) over the repository's labs. */
final class TestGrader implements AutoCloseable {
    static final Path LABS = Path.of("../labs");

    final Engine engine;
    final Layer layer;
    final Grader grader;

    private TestGrader(Engine engine, Layer layer, Grader grader) {
        this.engine = engine;
        this.layer = layer;
        this.grader = grader;
    }

    static TestGrader start(Path dir) throws IOException {
        return start(dir, LABS);
    }

    static TestGrader start(Path dir, Path labs) throws IOException {
        Layer layer = Layer.extract(dir.resolve("layer"));
        Engine engine = Engine.start(EngineConfig.defaults(dir.resolve("engine")).withPort(0).withDefaultAccount(false)
                .withIdleTimeout(Duration.ofMinutes(2)));
        LabCatalog catalog = LabCatalog.load(labs, layer.clients());
        return new TestGrader(engine, layer, new Grader(engine, catalog, layer, dir.resolve("work"), InstantSource.system()));
    }

    /** Copies a lab folder, to change it in a test. */
    static void copy(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(f, target);
                }
            }
        }
    }

    /** Closes the engine, or gives up after 30 s: a stuck environment must not hang the test run. */
    @Override
    public void close() {
        if (!Shutdown.within(engine, Duration.ofSeconds(30))) {
            System.err.println("TestGrader: the engine did not stop within 30 s; leaving it to the JVM's exit");
        }
    }
}
