package dojo.lambda.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A group in the unified cgroup v2 hierarchy. */
final class CgroupV2 implements Cgroup {
    private final Path dir;

    private CgroupV2(Path dir) {
        this.dir = dir;
    }

    static CgroupV2 create(Path dir) throws IOException {
        Files.createDirectories(dir);
        return new CgroupV2(dir);
    }

    @Override
    public void limit(long memoryBytes, int maxTasks) throws IOException {
        Files.writeString(dir.resolve("memory.max"), Long.toString(memoryBytes));
        Path swap = dir.resolve("memory.swap.max");
        if (Files.exists(swap)) {
            Files.writeString(swap, "0");
        }
        Files.writeString(dir.resolve("pids.max"), Integer.toString(maxTasks));
    }

    @Override
    public List<String> joinCommands() {
        return List.of("echo $$ > " + dir.resolve("cgroup.procs"));
    }

    @Override
    public void freeze() {
        write("cgroup.freeze", "1");
    }

    @Override
    public void thaw() {
        write("cgroup.freeze", "0");
    }

    @Override
    public void limitCpu(double cpus) {
        long period = 100_000;
        write("cpu.max", cpus <= 0 ? "max " + period : Math.max(1000, (long) (cpus * period)) + " " + period);
    }

    @Override
    public boolean oomKilled() {
        try {
            for (String line : Files.readAllLines(dir.resolve("memory.events"))) {
                if (line.startsWith("oom_kill ") && !line.endsWith(" 0")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public long peakMemoryBytes() {
        try {
            Path peak = dir.resolve("memory.peak");
            Path file = Files.exists(peak) ? peak : dir.resolve("memory.current");
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void destroy() {
        Path kill = dir.resolve("cgroup.kill");
        if (Files.exists(kill)) {
            write("cgroup.kill", "1");
        } else {
            CgroupTasks.killAll(dir.resolve("cgroup.procs"), this::thaw);
        }
        CgroupTasks.remove(dir, dir.resolve("cgroup.procs"));
    }

    private void write(String file, String value) {
        try {
            Files.writeString(dir.resolve(file), value);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + value + " to " + dir.resolve(file), e);
        }
    }
}
