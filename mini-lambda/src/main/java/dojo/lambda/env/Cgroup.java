package dojo.lambda.env;

import java.util.List;

/**
 * The control group of one execution environment: the operating system's hard limits on its
 * memory, tasks and CPU, the freezer that stops its threads between invocations, and the
 * measurements behind REPORT's Max Memory Used. Not thread-safe; the environment serialises
 * calls.
 */
interface Cgroup {
    /** Shell commands that move the shell running them ({@code $$}) into this group. */
    List<String> joinCommands();

    /** Sets the hard memory cap (no swap) and the cap on processes plus threads. */
    void limit(long memoryBytes, int maxTasks) throws java.io.IOException;

    void freeze();

    void thaw();

    /** Caps CPU time at {@code cpus} processors (fractions allowed); 0 lifts the cap. */
    void limitCpu(double cpus);

    /** True once the kernel's OOM killer has killed a task of this group. */
    boolean oomKilled();

    /** Peak memory charged to this group since it was created, in bytes. */
    long peakMemoryBytes();

    /** Kills every task still in the group and removes it. */
    void destroy();
}
