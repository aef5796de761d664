package dojo.lambda.s3;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Deployment packages as a learner's Maven build makes them: handler classes at the root, and the
 * libraries they use under {@code lib/} (aws-lambda-java-core and -events with joda-time, and for
 * handlers that call S3, the AWS SDK's jars), taken from the test class path.
 */
final class FunctionPackages {
    /** The jars {@code software.amazon.awssdk:s3} with the URLConnection client needs at run time. */
    private static final List<String> S3_CLIENT = List.of("s3", "aws-xml-protocol", "aws-query-protocol", "protocol-core",
            "arns", "sdk-core", "aws-core", "auth", "http-auth", "http-auth-aws", "http-auth-aws-eventstream", "http-auth-spi",
            "identity-spi", "regions", "utils", "utils-lite", "annotations", "http-client-spi", "url-connection-client",
            "profiles", "metrics-spi", "endpoints-spi", "json-utils", "third-party-jackson-core", "checksums", "checksums-spi",
            "retries", "retries-spi", "crt-core", "eventstream", "reactive-streams", "slf4j-api");
    private FunctionPackages() {}

    static byte[] withEvents(Class<?> handler) {
        return zip(handler, jars(false));
    }

    static byte[] withEventsAndSdk(Class<?> handler) {
        return zip(handler, jars(true));
    }

    private static List<Path> jars(boolean sdk) {
        List<Path> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean lambda = name.startsWith("aws-lambda-java-core-") || name.startsWith("aws-lambda-java-events-")
                    || name.startsWith("joda-time-");
            boolean client = S3_CLIENT.stream().anyMatch(artifact -> name.matches(artifact + "-\\d.*\\.jar"));
            if (name.endsWith(".jar") && (lambda || sdk && client)) {
                out.add(Path.of(entry));
            }
        }
        return out;
    }

    private static byte[] zip(Class<?> handler, List<Path> jars) {
        try {
            Path root = Path.of(handler.getProtectionDomain().getCodeSource().getLocation().toURI());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                String pkg = handler.getPackageName().replace('.', '/');
                try (var files = Files.list(root.resolve(pkg))) {
                    for (Path f : files.toList()) {
                        String name = f.getFileName().toString();
                        if (name.equals(handler.getSimpleName() + ".class") || name.startsWith(handler.getSimpleName() + "$")) {
                            zip.putNextEntry(new ZipEntry(pkg + "/" + name));
                            zip.write(Files.readAllBytes(f));
                            zip.closeEntry();
                        }
                    }
                }
                for (Path jar : jars) {
                    zip.putNextEntry(new ZipEntry("lib/" + jar.getFileName()));
                    zip.write(Files.readAllBytes(jar));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
