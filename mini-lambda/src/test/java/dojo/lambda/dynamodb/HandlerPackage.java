package dojo.lambda.dynamodb;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A deployment package as a learner's Maven build makes it: the handler's classes at the root
 * and its dependencies (the AWS SDK's DynamoDB client with the URL connection HTTP client,
 * aws-lambda-java-events, joda-time) as jars under {@code lib/}.
 */
final class HandlerPackage {
    private static final String[] LIBRARIES = {"/software/amazon/awssdk/", "/software/amazon/eventstream/", "/org/reactivestreams/",
            "/org/slf4j/slf4j-api/", "/com/amazonaws/aws-lambda-java-core/", "/com/amazonaws/aws-lambda-java-events/", "/joda-time/"};
    private static final String[] LEFT_OUT = {"/apache-client/", "/netty-nio-client/", "/awssdk/lambda/"};

    private HandlerPackage() {}

    static byte[] of(Class<?> handler) throws Exception {
        Path root = Path.of(handler.getProtectionDomain().getCodeSource().getLocation().toURI());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            String pkg = handler.getPackageName().replace('.', '/');
            try (var files = Files.list(root.resolve(pkg))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String name = f.getFileName().toString();
                    if (name.equals(handler.getSimpleName() + ".class") || name.startsWith(handler.getSimpleName() + "$")) {
                        add(zip, pkg + "/" + name, f);
                    }
                }
            }
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                String unix = entry.replace(File.separatorChar, '/');
                if (unix.endsWith(".jar") && matches(unix, LIBRARIES) && !matches(unix, LEFT_OUT)) {
                    add(zip, "lib/" + Path.of(entry).getFileName(), Path.of(entry));
                }
            }
        }
        return bytes.toByteArray();
    }

    private static boolean matches(String path, String[] parts) {
        for (String p : parts) {
            if (path.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
    }
}
