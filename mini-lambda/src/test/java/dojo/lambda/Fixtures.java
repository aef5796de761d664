package dojo.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Deployment packages built from the fixture handlers compiled with the tests. */
final class Fixtures {
    private Fixtures() {}

    /** A zip with the given classes (and their nested classes) at the root, as a Lambda package. */
    static byte[] zipOf(Class<?>... classes) {
        try {
            Path root = Path.of(Fixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Class<?> c : classes) {
                    String pkg = c.getPackageName().replace('.', '/');
                    try (var files = Files.list(root.resolve(pkg))) {
                        for (Path f : (Iterable<Path>) files::iterator) {
                            String name = f.getFileName().toString();
                            if (name.equals(c.getSimpleName() + ".class") || name.startsWith(c.getSimpleName() + "$")) {
                                zip.putNextEntry(new ZipEntry(pkg + "/" + name));
                                zip.write(Files.readAllBytes(f));
                                zip.closeEntry();
                            }
                        }
                    }
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A zip of text files, e.g. a {@code bootstrap} script for provided.al2023. */
    static byte[] zipOfFiles(Map<String, String> files) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(f.getKey()));
                    zip.write(f.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
