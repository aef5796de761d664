package dojo.lambda.gateway;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A stage: {@code $default} serves at the API's root, any other name under {@code /<name>}. */
record Stage(String name, boolean autoDeploy, Map<String, String> variables, String description, Instant createdDate) {
    static final String DEFAULT = "$default";

    Stage {
        Objects.requireNonNull(name, "name");
        variables = Map.copyOf(variables == null ? Map.of() : variables);
        Objects.requireNonNull(createdDate, "createdDate");
    }
}
