package dojo.lambda.function;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A JDK or JRE installation found on the host: a directory with an executable {@code bin/java}
 * and a {@code release} file naming its JAVA_VERSION.
 */
record JdkHome(Path home, String javaVersion, boolean fullJdk) {

    /** The installation at {@code dir} (symbolic links resolved), or empty when it is not one. */
    static Optional<JdkHome> at(Path dir) {
        try {
            if (!Files.isExecutable(dir.resolve("bin/java")) || !Files.isRegularFile(dir.resolve("release"))) {
                return Optional.empty();
            }
            Path home = dir.toRealPath();
            return releaseVersion(home.resolve("release"))
                    .map(version -> new JdkHome(home, version, Files.isExecutable(home.resolve("bin/javac"))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Java installation at " + dir, e);
        }
    }

    /** The home of the {@code java} that a PATH finds first, or empty when none does. */
    static Optional<JdkHome> onPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(":")) {
            Path java = Path.of(entry.isEmpty() ? "." : entry).resolve("java");
            if (Files.isExecutable(java)) {
                try {
                    return at(java.toRealPath().getParent().getParent());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot resolve " + java, e);
                }
            }
        }
        return Optional.empty();
    }

    /** The feature version: 17 for {@code 17.0.15}, 8 for {@code 1.8.0_412}. */
    int feature() {
        String[] parts = javaVersion.split("[._+-]");
        int first = Integer.parseInt(parts[0]);
        return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    }

    /** True when this installation should win over {@code other} for the same feature version. */
    boolean betterThan(JdkHome other) {
        if (fullJdk != other.fullJdk) {
            return fullJdk;
        }
        int byVersion = compareVersions(javaVersion, other.javaVersion);
        return byVersion != 0 ? byVersion > 0 : home.compareTo(other.home) < 0;
    }

    private static int compareVersions(String a, String b) {
        try {
            return Runtime.Version.parse(a).compareTo(Runtime.Version.parse(b));
        } catch (IllegalArgumentException notModernFormat) {
            return a.compareTo(b);
        }
    }

    private static Optional<String> releaseVersion(Path release) throws IOException {
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("JAVA_VERSION=")) {
                String version = line.substring("JAVA_VERSION=".length()).replace("\"", "").trim();
                return version.matches("\\d+([._+-][0-9A-Za-z]+)*") ? Optional.of(version) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
