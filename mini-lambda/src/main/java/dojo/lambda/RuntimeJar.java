package dojo.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * Installs the runtime that runs inside every Java environment (built by module
 * {@code mini-lambda/runtime} and packed into the engine's jar) into the data directory, from
 * where it is mounted read-only at {@code /opt/dojo}.
 */
final class RuntimeJar {
    static final String NAME = "mini-lambda-runtime.jar";
    private static final String RESOURCE = "/dojo/lambda/runtime/" + NAME;

    private RuntimeJar() {}

    static Path install(Path dataDir) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("runtime"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        byte[] bytes;
        try (InputStream in = RuntimeJar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new EngineStartException("The runtime jar " + RESOURCE + " is not on the engine's class path. Build "
                        + "with 'mvn -DskipTests package' (it packs mini-lambda/runtime into the engine).");
            }
            bytes = in.readAllBytes();
        }
        Path target = dir.resolve(NAME);
        if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
            Path tmp = Files.createTempFile(dir, "runtime", ".tmp");
            Files.write(tmp, bytes);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // start-up archives are bound to the jar they were trained with
            dojo.lambda.env.EnvironmentPool.deleteRunDir(dir.resolve("archives"));
        }
        return dir;
    }
}
