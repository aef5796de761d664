package dojo.grader.run;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class path a lab's checks compile against: the grader's own class path, plus wherever the
 * grader API, JUnit Jupiter's API, Jackson, the engine's public types and the SDK clients were
 * loaded from (one jar when the grader runs from {@code grader.jar}, many in the build, or a
 * class path the application server assembled).
 */
final class CheckClassPath {
    private static final List<Class<?>> ANCHORS = List.of(
            dojo.grader.api.Check.class,
            org.junit.jupiter.api.Test.class,
            org.opentest4j.AssertionFailedError.class,
            org.apiguardian.api.API.class,
            com.fasterxml.jackson.databind.JsonNode.class,
            com.fasterxml.jackson.core.JsonParser.class,
            com.fasterxml.jackson.annotation.JsonProperty.class,
            dojo.lambda.invoke.Outcome.class,
            software.amazon.awssdk.services.dynamodb.DynamoDbClient.class);

    private CheckClassPath() {}

    static List<Path> entries() {
        Set<Path> paths = new LinkedHashSet<>();
        // the SDK's many jars, and whatever else the grader runs with (javac follows a manifest's Class-Path)
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                paths.add(Path.of(entry));
            }
        }
        for (Class<?> anchor : ANCHORS) {
            try {
                paths.add(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("Cannot locate the class path entry of " + anchor.getName(), e);
            }
        }
        return List.copyOf(paths);
    }
}
