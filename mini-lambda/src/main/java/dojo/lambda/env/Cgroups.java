package dojo.lambda.env;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds how this host offers control groups: cgroup v2 (unified), cgroup v1 (one hierarchy per
 * controller), or none we can write to. The engine's groups live under a {@code mini-lambda}
 * parent so an operator can see them at a glance.
 */
public final class Cgroups {
    private static final Path ROOT = Path.of("/sys/fs/cgroup");

    private Cgroups() {}

    /** Returns a factory of per-environment groups, or null when this host gives us none. */
    public static CgroupFactory detect() {
        try {
            if (Files.exists(ROOT.resolve("cgroup.controllers"))) {
                Path parent = ROOT.resolve("mini-lambda");
                Files.createDirectories(parent);
                String controllers = Files.readString(ROOT.resolve("cgroup.controllers"));
                if (!controllers.contains("memory") || !controllers.contains("pids")) {
                    return null;
                }
                Files.writeString(ROOT.resolve("cgroup.subtree_control"), "+memory +pids +cpu");
                Files.writeString(parent.resolve("cgroup.subtree_control"), "+memory +pids +cpu");
                return name -> CgroupV2.create(parent.resolve(name));
            }
            for (String c : new String[] {"memory", "pids", "freezer", "cpu"}) {
                Path dir = ROOT.resolve(c).resolve("mini-lambda");
                Files.createDirectories(dir);
            }
            return name -> CgroupV1.create(ROOT, "mini-lambda/" + name);
        } catch (Exception e) {
            return null;
        }
    }

    /** Creates the group of one environment with its memory (bytes) and task limits. */
    public interface CgroupFactory {
        Cgroup create(String name) throws java.io.IOException;
    }
}
