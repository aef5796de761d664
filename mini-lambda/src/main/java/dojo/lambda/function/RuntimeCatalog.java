package dojo.lambda.function;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runtimes this engine can run, found on the host once at start-up. {@code java17},
 * {@code java21} and {@code java25} map to the best JDK of that feature version among
 * {@code /usr/lib/jvm/*}, {@code $JAVA_HOME} and the engine's own JVM (a full JDK wins over a JRE,
 * then the newer update). {@code provided.al2023} is installed whenever a default JDK exists: the
 * {@code java} first on PATH, else the engine's own JVM.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuntimeCatalog {
    private final Map<String, InstalledRuntime> installed;

    private RuntimeCatalog(Map<String, InstalledRuntime> installed) {
        this.installed = installed;
    }

    /** Scans this host: {@code /usr/lib/jvm}, {@code JAVA_HOME}, PATH and the running JVM. */
    public static RuntimeCatalog scanHost() {
        List<Path> candidates = new ArrayList<>(subdirectories(Path.of("/usr/lib/jvm")));
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        Path ownJvm = Path.of(System.getProperty("java.home"));
        candidates.add(ownJvm);
        Optional<JdkHome> defaultJdk = JdkHome.onPath(System.getenv("PATH")).or(() -> JdkHome.at(ownJvm));
        return scan(candidates, defaultJdk.orElse(null));
    }

    /** A catalog of exactly these runtimes, for tests and for hosts configured by hand. */
    public static RuntimeCatalog of(InstalledRuntime... runtimes) {
        Map<String, InstalledRuntime> byId = new HashMap<>();
        for (InstalledRuntime runtime : runtimes) {
            byId.put(runtime.id(), runtime);
        }
        return new RuntimeCatalog(inSupportedOrder(byId));
    }

    static RuntimeCatalog scan(List<Path> candidateHomes, JdkHome defaultJdk) {
        Map<String, JdkHome> best = new HashMap<>();
        for (Path candidate : candidateHomes) {
            JdkHome.at(candidate).ifPresent(jdk -> {
                String id = AwsRuntimes.forJavaFeature(jdk.feature());
                if (id != null && (!best.containsKey(id) || jdk.betterThan(best.get(id)))) {
                    best.put(id, jdk);
                }
            });
        }
        Map<String, InstalledRuntime> byId = new HashMap<>();
        best.forEach((id, jdk) -> byId.put(id, new InstalledRuntime(id, jdk.home(), jdk.javaVersion())));
        if (defaultJdk != null) {
            String custom = InstalledRuntime.CUSTOM;
            byId.put(custom, new InstalledRuntime(custom, defaultJdk.home(), defaultJdk.javaVersion()));
        }
        return new RuntimeCatalog(inSupportedOrder(byId));
    }

    /** The installed runtimes' identifiers, in the order {@code java17, java21, java25, provided.al2023}. */
    public List<String> installedIds() {
        return List.copyOf(installed.keySet());
    }

    public Optional<InstalledRuntime> find(String id) {
        return Optional.ofNullable(installed.get(id));
    }

    /**
     * The installed runtime {@code id}, or InvalidParameterValueException saying why not: a
     * runtime AWS does not know gets AWS's enum message, one AWS knows that this engine does not
     * run gets AWS's "not supported" wording, and a supported one missing on this host names the
     * installed ones.
     */
    public InstalledRuntime require(String id) {
        InstalledRuntime runtime = installed.get(id);
        if (runtime != null) {
            return runtime;
        }
        String message;
        if (AwsRuntimes.SUPPORTED.contains(id)) {
            message = "Runtime " + id + " is not installed on this engine. Installed runtimes: " + installedIds()
                    + ". Choose one of those, or install " + missingWhat(id) + " on the engine's host and restart the engine.";
        } else if (AwsRuntimes.KNOWN_TO_AWS.contains(id)) {
            message = "The runtime parameter of " + id + " is not supported for creating or updating functions on this"
                    + " engine, which runs Java and custom runtimes only. We recommend you use a supported runtime while"
                    + " creating or updating functions. Installed runtimes: " + installedIds();
        } else {
            message = "Value " + id + " at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: "
                    + AwsRuntimes.SUPPORTED + " or be a valid ARN";
        }
        throw new ApiException(ErrorType.InvalidParameterValueException, message);
    }

    private static String missingWhat(String id) {
        return id.startsWith("java") ? "a JDK " + id.substring(4) + " (for example under /usr/lib/jvm)" : "a JDK on the PATH";
    }

    private static Map<String, InstalledRuntime> inSupportedOrder(Map<String, InstalledRuntime> byId) {
        Map<String, InstalledRuntime> ordered = new LinkedHashMap<>();
        for (String id : AwsRuntimes.SUPPORTED) {
            if (byId.containsKey(id)) {
                ordered.put(id, byId.get(id));
            }
        }
        return ordered;
    }

    private static List<Path> subdirectories(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }
}
