package dojo.grader.run;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class path a lab's checks compile against: wherever the grader API, JUnit Jupiter's API,
 * Jackson and the engine's public types were loaded from (one jar when the grader runs from
 * {@code grader.jar}, several folders and jars in the build).
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
            dojo.lambda.invoke.Outcome.class);

    private CheckClassPath() {}

    static List<Path> entries() {
        Set<Path> paths = new LinkedHashSet<>();
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
