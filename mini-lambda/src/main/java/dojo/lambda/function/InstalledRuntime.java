package dojo.lambda.function;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A runtime this engine can run, and the JDK that runs it.
 *
 * <ul>
 *   <li>{@code java17}, {@code java21}, {@code java25}: the handler runs on the JDK of that
 *       feature version.
 *   <li>{@code provided.al2023}: a custom runtime. The environment runs the package's executable
 *       {@code bootstrap}; {@code javaHome} is the host's default JDK, whose {@code bin} goes on
 *       the environment's PATH so a bootstrap can {@code exec java ...}.
 * </ul>
 *
 * @param id AWS's runtime identifier
 * @param javaHome the JDK's home directory (holds {@code bin/java})
 * @param javaVersion JAVA_VERSION from the JDK's {@code release} file, for example {@code 17.0.15}
 */
public record InstalledRuntime(String id, Path javaHome, String javaVersion) {
    public static final String CUSTOM = "provided.al2023";

    public InstalledRuntime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(javaHome, "javaHome");
        Objects.requireNonNull(javaVersion, "javaVersion");
    }

    /** True for {@code provided.al2023}, whose entry point is the package's {@code bootstrap}. */
    public boolean custom() {
        return id.equals(CUSTOM);
    }

    /** The {@code java} launcher of this runtime's JDK. */
    public Path java() {
        return javaHome.resolve("bin").resolve("java");
    }
}
