package dojo.lambda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Deployment packages as a learner's Maven build makes them: handler classes at the root, libraries under lib/. */
final class LambdaPackages {
    static final List<String> EVENTS = List.of("/com/amazonaws/aws-lambda-java-events/", "/joda-time/");
    static final List<String> SQS_SDK = List.of("/com/amazonaws/aws-lambda-java-events/", "/joda-time/", "/software/amazon/awssdk/",
            "/software/amazon/eventstream/", "/org/reactivestreams/", "/org/slf4j/slf4j-api/");
    /** One HTTP client only: with several, SdkClient.create() refuses to choose. The Lambda client is not needed. */
    private static final List<String> LEFT_OUT = List.of("/apache-client/", "/netty-nio-client/", "/aws-crt-client/", "/awssdk/lambda/");

    private LambdaPackages() {}

    static byte[] withLibraries(Class<?> handler, List<String> libraries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Fixtures.zipOf(handler)))) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        zip.putNextEntry(new ZipEntry(e.getName()));
                        zip.write(in.readAllBytes());
                        zip.closeEntry();
                    }
                }
                for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                    String unix = entry.replace(File.separatorChar, '/');
                    if (unix.endsWith(".jar") && libraries.stream().anyMatch(unix::contains) && LEFT_OUT.stream().noneMatch(unix::contains)) {
                        Path jar = Path.of(entry);
                        zip.putNextEntry(new ZipEntry("lib/" + jar.getFileName()));
                        zip.write(Files.readAllBytes(jar));
                        zip.closeEntry();
                    }
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
