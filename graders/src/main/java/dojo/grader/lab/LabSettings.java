package dojo.grader.lab;

import java.util.Objects;

/**
 * The function settings a lab deploys submissions with, from its README front matter.
 *
 * @param handler {@code pkg.Class::method} or {@code pkg.Class}
 * @param runtime a Java runtime id of the engine, e.g. {@code java17}
 * @param memoryMb 128 to 10240
 * @param timeoutSeconds 1 to 900
 */
public record LabSettings(String handler, String runtime, int memoryMb, int timeoutSeconds) {
    public LabSettings {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(runtime, "runtime");
        if (memoryMb < 128 || memoryMb > 10_240) {
            throw new IllegalArgumentException("memory must be 128 to 10240 MB, found " + memoryMb);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 900) {
            throw new IllegalArgumentException("timeout must be 1 to 900 seconds, found " + timeoutSeconds);
        }
    }
}
