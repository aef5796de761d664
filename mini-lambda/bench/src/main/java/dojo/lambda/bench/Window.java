package dojo.lambda.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One measured window of a throughput benchmark: after {@code warmSeconds} at full concurrency,
 * how many operations {@code counter} grew by in {@code seconds}, and the engine's (with its JIT
 * compiler threads apart) and this driver's CPU per operation, in seconds.
 */
record Window(long done, double rate, double engineCpu, double jitCpu, double driverCpu) {

    static Window measure(EngineProcess engine, AtomicLong counter, int warmSeconds, int seconds) throws InterruptedException {
        Thread.sleep(warmSeconds * 1000L);
        long start = counter.get();
        long t0 = System.nanoTime();
        CpuMeter cpu = new CpuMeter(engine.handle());
        CpuMeter.Reading before = cpu.read();
        Thread.sleep(seconds * 1000L);
        long done = Math.max(1, counter.get() - start);
        double rate = done / ((System.nanoTime() - t0) / 1e9);
        CpuMeter.Reading after = cpu.read();
        return new Window(done, rate, (after.engineNanos() - before.engineNanos()) / 1e9 / done,
                (after.engineJitNanos() - before.engineJitNanos()) / 1e9 / done, (after.driverNanos() - before.driverNanos()) / 1e9 / done);
    }

    /** Operations per second the two shared cores would allow at this CPU per operation, the engine's JIT left out. */
    double capacity() {
        return Runtime.getRuntime().availableProcessors() / (engineCpu - jitCpu + driverCpu);
    }
}
