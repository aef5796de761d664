package dojo.lambda.s3;

import java.util.List;

/** A bucket's notification configuration: the functions S3 invokes on its object events. */
record NotificationConfiguration(List<FunctionTarget> functions) {
    static final NotificationConfiguration EMPTY = new NotificationConfiguration(List.of());

    NotificationConfiguration {
        functions = List.copyOf(functions == null ? List.of() : functions);
    }
}
