package dojo.lambda.function;

import java.util.List;
import java.util.Set;

/** The runtime identifiers AWS Lambda knows (its Runtime enum), and the few this engine runs. */
final class AwsRuntimes {
    /** What the engine can run, in the order error messages list them. */
    static final List<String> SUPPORTED = List.of("java17", "java21", "java25", InstalledRuntime.CUSTOM);

    /** AWS's Runtime enum (API reference, CreateFunction), deprecated identifiers included. */
    static final Set<String> KNOWN_TO_AWS = Set.of(
            "nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x",
            "nodejs16.x", "nodejs18.x", "nodejs20.x", "nodejs22.x", "nodejs24.x", "nodejs4.3-edge",
            "java8", "java8.al2", "java11", "java17", "java21", "java25",
            "python2.7", "python3.6", "python3.7", "python3.8", "python3.9", "python3.10", "python3.11",
            "python3.12", "python3.13", "python3.14",
            "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet6", "dotnet8", "dotnet10",
            "go1.x", "ruby2.5", "ruby2.7", "ruby3.2", "ruby3.3", "ruby3.4", "ruby4.0",
            "provided", "provided.al2", "provided.al2023");

    private AwsRuntimes() {}

    /** The runtime id for a JDK feature version, or null when the engine does not offer it. */
    static String forJavaFeature(int feature) {
        String id = "java" + feature;
        return SUPPORTED.contains(id) ? id : null;
    }
}
