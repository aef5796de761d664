package dojo.lambda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Deployment packages of handlers typed with aws-lambda-java-events classes: the fixture classes
 * plus {@code lib/} jars of aws-lambda-java-events and joda-time, as a learner's Maven build ships.
 */
final class EventPackages {
    private EventPackages() {}

    static byte[] zipOf(Class<?>... handlers) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Fixtures.zipOf(handlers)))) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        zip.putNextEntry(new ZipEntry(e.getName()));
                        zip.write(in.readAllBytes());
                        zip.closeEntry();
                    }
                }
                for (Class<?> fromJar : new Class<?>[] {com.amazonaws.services.lambda.runtime.events.ScheduledEvent.class,
                        org.joda.time.DateTime.class}) {
                    Path jar = Path.of(fromJar.getProtectionDomain().getCodeSource().getLocation().toURI());
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
