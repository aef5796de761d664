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

    /** A reading in nanoseconds: engine, environments, driver. */
    record Reading(long engineNanos, long environmentNanos, long driverNanos) {
        String perInvocation(Reading before, long invocations) {
            return String.format("CPU per invocation: engine %.0f us, environments %.0f us, driver %.0f us",
                    (engineNanos - before.engineNanos) / 1e3 / invocations,
                    (environmentNanos - before.environmentNanos) / 1e3 / invocations,
                    (driverNanos - before.driverNanos) / 1e3 / invocations);
        }
    }

    Reading read() {
        long env = engine.descendants().mapToLong(CpuMeter::cpuNanos).sum();
        return new Reading(cpuNanos(engine), env, cpuNanos(ProcessHandle.current()));
    }

    /** utime + stime from /proc (ProcessHandle.Info leaves out processes of other users). */
    private static long cpuNanos(ProcessHandle p) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0; // ended while we looked
        }
    }
}
