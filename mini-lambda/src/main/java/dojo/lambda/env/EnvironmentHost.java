package dojo.lambda.env;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What all environments of one engine share: where their sockets and FIFOs live, the runtime jar,
 * the sandbox's /etc, whether a sandbox is used, the cgroup factory (null when the host offers
 * none) and the per-invocation log budget.
 */
public record EnvironmentHost(
        Path runDir,
        Path runtimeDir,
        Path etcDir,
        boolean sandboxed,
        Cgroups.CgroupFactory cgroups,
        long maxLogBytesPerInvocation,
        int maxTasks) {
    public EnvironmentHost {
        Objects.requireNonNull(runDir, "runDir");
        Objects.requireNonNull(runtimeDir, "runtimeDir");
        Objects.requireNonNull(etcDir, "etcDir");
    }
}
