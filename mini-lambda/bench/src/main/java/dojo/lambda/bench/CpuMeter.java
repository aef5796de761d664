package dojo.lambda.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used by the engine process and, separately, by its descendants (the sandboxed
 * environments: bwrap, the Runtime API relay, the runtime JVM), plus this driver's own. The
 * machine is shared, so CPU per invocation says more than wall-clock latency does.
 */
record CpuMeter(ProcessHandle engine) {

    /** A reading in nanoseconds: engine, the engine without its JIT compiler threads, environments, driver. */
    record Reading(long engineNanos, long engineJitNanos, long environmentNanos, long driverNanos) {
        String perInvocation(Reading before, long invocations) {
            return String.format("CPU per invocation: engine %.0f us (JIT compiler threads %.0f us of it), environments %.0f us, driver %.0f us",
                    (engineNanos - before.engineNanos) / 1e3 / invocations,
                    (engineJitNanos - before.engineJitNanos) / 1e3 / invocations,
                    (environmentNanos - before.environmentNanos) / 1e3 / invocations,
                    (driverNanos - before.driverNanos) / 1e3 / invocations);
        }
    }

    Reading read() {
        long env = engine.descendants().mapToLong(CpuMeter::cpuNanos).sum();
        return new Reading(cpuNanos(engine), jitNanos(engine), env, cpuNanos(ProcessHandle.current()));
    }

    /**
     * CPU of the engine's JIT compiler threads: a long-running engine has compiled its hot path
     * long ago, so this part of a benchmark's figure is start-up, not cost per invocation.
     */
    static long jitNanos(ProcessHandle p) {
        long total = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(p.pid()), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(task.resolve("comm")).startsWith("C")
                            && Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        total += ticks(Files.readString(task.resolve("stat")));
                    }
                } catch (IOException | RuntimeException e) {
                    // a thread that ended while we looked
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }

    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L; // USER_HZ is 100 on Linux
    }

    /** utime + stime from /proc (ProcessHandle.Info leaves out processes of other users). */
    private static long cpuNanos(ProcessHandle p) {
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat")));
        } catch (IOException | RuntimeException e) {
            return 0; // ended while we looked
        }
    }
}
