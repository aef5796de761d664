package dojo.lambda.env;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
            String mine = "e" + ProcessHandle.current().pid();
            if (Files.exists(ROOT.resolve("cgroup.controllers"))) {
                Path top = ROOT.resolve("mini-lambda");
                Files.createDirectories(top);
                Files.writeString(ROOT.resolve("cgroup.subtree_control"), "+memory +pids +cpu");
                Files.writeString(top.resolve("cgroup.subtree_control"), "+memory +pids +cpu");
                reapOrphans(List.of(top), d -> CgroupV2.create(d).destroy());
                Path parent = Files.createDirectories(top.resolve(mine));
                String controllers = Files.readString(ROOT.resolve("cgroup.controllers"));
                if (!controllers.contains("memory") || !controllers.contains("pids")) {
                    return null;
                }
                Files.writeString(parent.resolve("cgroup.subtree_control"), "+memory +pids +cpu");
                return name -> CgroupV2.create(parent.resolve(name));
            }
            List<Path> tops = new java.util.ArrayList<>();
            for (String c : new String[] {"memory", "pids", "freezer", "cpu"}) {
                tops.add(Files.createDirectories(ROOT.resolve(c).resolve("mini-lambda")));
            }
            Path freezer = tops.get(2);
            reapOrphans(List.of(freezer), d -> {
                CgroupTasks.killAll(d.resolve("cgroup.procs"), () -> thaw(d));
                for (Path top : tops) {
                    Path same = top.resolve(freezer.relativize(d));
                    CgroupTasks.remove(same, same.resolve("cgroup.procs"));
                }
            });
            for (Path top : tops) {
                Files.createDirectories(top.resolve(mine));
            }
            return name -> CgroupV1.create(ROOT, "mini-lambda/" + mine + "/" + name);
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Kills and removes the environments of engines that are gone (killed without closing): a
     * frozen environment cannot even die of its parent's death until it is thawed.
     */
    private static void reapOrphans(List<Path> tops, Reaper reaper) throws java.io.IOException {
        for (Path top : tops) {
            try (var engines = Files.list(top)) {
                for (Path engine : (Iterable<Path>) engines::iterator) {
                    String name = engine.getFileName().toString();
                    if (!Files.isDirectory(engine) || !name.matches("e\\d+")
                            || ProcessHandle.of(Long.parseLong(name.substring(1))).isPresent()) {
                        continue;
                    }
                    try (var envs = Files.list(engine)) {
                        for (Path env : (Iterable<Path>) envs::iterator) {
                            if (Files.isDirectory(env)) {
                                reaper.reap(env);
                            }
                        }
                    }
                    reaper.reap(engine);
                }
            }
        }
    }

    private static void thaw(Path freezerDir) {
        try {
            Files.writeString(freezerDir.resolve("freezer.state"), "THAWED");
        } catch (java.io.IOException ignored) {
            // gone already
        }
    }

    private interface Reaper {
        void reap(Path dir) throws java.io.IOException;
    }

    /** Creates the group of one environment with its memory (bytes) and task limits. */
    public interface CgroupFactory {
        Cgroup create(String name) throws java.io.IOException;
    }
}
