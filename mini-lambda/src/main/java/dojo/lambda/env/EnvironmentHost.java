package dojo.lambda.env;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What all environments of one engine share: where their sockets and FIFOs live, the runtime jar,
 * the sandbox's /etc, whether a sandbox is used, the cgroup factory (null when the host offers
 * none) and the per-invocation log budget.
 *
 * @param serviceSocketDir directory holding {@code engine.sock}, the engine's HTTP endpoint on a
 *     Unix socket, relayed to {@code 127.0.0.1:4566} inside each sandbox; null for none
 * @param serviceEndpoint the engine's TCP endpoint, used as AWS_ENDPOINT_URL without a sandbox
 * @param archives start-up archives of the runtime per JDK, or null for none
 */
public record EnvironmentHost(
        Path runDir,
        Path runtimeDir,
        Path etcDir,
        boolean sandboxed,
        Cgroups.CgroupFactory cgroups,
        long maxLogBytesPerInvocation,
        int maxTasks,
        Path serviceSocketDir,
        String serviceEndpoint,
        StartupArchives archives) {
    public EnvironmentHost {
        Objects.requireNonNull(runDir, "runDir");
        Objects.requireNonNull(runtimeDir, "runtimeDir");
        Objects.requireNonNull(etcDir, "etcDir");
    }
}
