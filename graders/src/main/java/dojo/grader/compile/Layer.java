package dojo.grader.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The libraries offered to submissions, like a Lambda layer: compiled against, and copied into
 * the deployment package's {@code lib/}. {@code base/} (aws-lambda-java-core, -events, Jackson)
 * goes to every submission; {@code sdk/} (the AWS SDK v2 runtime) and {@code clients/<name>.jar}
 * only to labs whose {@code libraries} name that client. The jars are resources of the grader
 * (packed at build time under {@code dojo/grader/layer/}) and are copied to disk once.
 */
public final class Layer {
    private static final String ROOT = "dojo/grader/layer";

    private final Path dir;
    private final Set<String> clients;

    private Layer(Path dir, Set<String> clients) {
        this.dir = dir;
        this.clients = Set.copyOf(clients);
    }

    /** Copies the layer out of the grader's class path into {@code dir} (created if needed). */
    public static Layer extract(Path dir) {
        try {
            Path source = Path.of(Layer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                copy(source.resolve(ROOT), dir);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(source)) {
                    copy(jar.getPath("/" + ROOT), dir);
                }
            }
            Set<String> clients = new TreeSet<>();
            for (Path jar : jars(dir.resolve("clients"))) {
                String name = jar.getFileName().toString();
                clients.add(name.substring(0, name.length() - ".jar".length()));
            }
            if (jars(dir.resolve("base")).isEmpty()) {
                throw new IllegalStateException("Expected the layer's jars under " + ROOT + "/base on the grader's class "
                        + "path, found none; build the grader with 'mvn -DskipTests package'");
            }
            return new Layer(dir, clients);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the layer's jars to " + dir, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SDK clients a lab may allow, e.g. {@code dynamodb}, {@code sqs}. */
    public Set<String> clients() {
        return clients;
    }

    /** The jars for a submission allowed {@code libraries}: base, and the SDK when any client is allowed. */
    public List<Path> jarsFor(List<String> libraries) {
        List<Path> jars = new ArrayList<>(jars(dir.resolve("base")));
        if (!libraries.isEmpty()) {
            jars.addAll(jars(dir.resolve("sdk")));
        }
        for (String library : libraries) {
            Path client = dir.resolve("clients").resolve(library + ".jar");
            if (!Files.isRegularFile(client)) {
                throw new IllegalArgumentException("Expected an SDK client '" + library + "' in the layer, found only "
                        + clients + "; add software.amazon.awssdk:" + library + " to graders/pom.xml");
            }
            jars.add(client);
        }
        return jars;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target) || Files.size(target) != Files.size(file)) {
                    Path tmp = Files.createTempFile(target.getParent(), "layer", ".tmp");
                    Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    private static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
