package dojo.lambda.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A group in the cgroup v1 hierarchies (memory, pids, freezer, cpu). */
final class CgroupV1 implements Cgroup {
    private final Path memory;
    private final Path pids;
    private final Path freezer;
    private final Path cpu;

    private CgroupV1(Path root, String rel) {
        memory = root.resolve("memory").resolve(rel);
        pids = root.resolve("pids").resolve(rel);
        freezer = root.resolve("freezer").resolve(rel);
        cpu = root.resolve("cpu").resolve(rel);
    }

    static CgroupV1 create(Path root, String rel) throws IOException {
        CgroupV1 g = new CgroupV1(root, rel);
        for (Path p : List.of(g.memory, g.pids, g.freezer, g.cpu)) {
            Files.createDirectories(p);
        }
        return g;
    }

    @Override
    public void limit(long memoryBytes, int maxTasks) throws IOException {
        Files.writeString(memory.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
        Path memsw = memory.resolve("memory.memsw.limit_in_bytes");
        if (Files.exists(memsw)) {
            Files.writeString(memsw, Long.toString(memoryBytes));
        }
        Files.writeString(pids.resolve("pids.max"), Integer.toString(maxTasks));
    }

    @Override
    public List<String> joinCommands() {
        List<String> lines = new ArrayList<>();
        for (Path p : List.of(memory, pids, freezer, cpu)) {
            lines.add("echo $$ > " + p.resolve("cgroup.procs"));
        }
        return lines;
    }

    @Override
    public void freeze() {
        write(freezer.resolve("freezer.state"), "FROZEN");
    }

    @Override
    public void thaw() {
        write(freezer.resolve("freezer.state"), "THAWED");
    }

    @Override
    public void limitCpu(double cpus) {
        long period = 100_000;
        write(cpu.resolve("cpu.cfs_period_us"), Long.toString(period));
        write(cpu.resolve("cpu.cfs_quota_us"), cpus <= 0 ? "-1" : Long.toString(Math.max(1000, (long) (cpus * period))));
    }

    @Override
    public boolean oomKilled() {
        try {
            for (String line : Files.readAllLines(memory.resolve("memory.oom_control"))) {
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
            return Long.parseLong(Files.readString(memory.resolve("memory.max_usage_in_bytes")).trim());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void destroy() {
        CgroupTasks.killAll(freezer.resolve("cgroup.procs"), this::thaw);
        for (Path p : List.of(memory, pids, freezer, cpu)) {
            CgroupTasks.remove(p, p.resolve("cgroup.procs"));
        }
    }

    private static void write(Path file, String value) {
        try {
            Files.writeString(file, value);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + value + " to " + file, e);
        }
    }
}
