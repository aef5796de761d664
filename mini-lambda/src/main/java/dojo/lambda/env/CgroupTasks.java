package dojo.lambda.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Killing and removing what is left in a group, shared by both cgroup versions. */
final class CgroupTasks {
    private CgroupTasks() {}

    /** SIGKILLs every task listed in {@code procs}, thawing first so a frozen task can die. */
    static void killAll(Path procs, Runnable thaw) {
        for (int round = 0; round < 50; round++) {
            String[] pids;
            try {
                pids = Files.readString(procs).trim().split("\\s+");
            } catch (IOException e) {
                return;
            }
            if (pids.length == 0 || pids[0].isEmpty()) {
                return;
            }
            for (String pid : pids) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
            }
            try {
                thaw.run();
            } catch (RuntimeException ignored) {
                // already gone
            }
            sleepBriefly();
        }
    }

    /** Removes the group directory once its last task has exited. */
    static void remove(Path dir, Path procs) {
        for (int i = 0; i < 100 && Files.exists(dir); i++) {
            try {
                Files.delete(dir);
                return;
            } catch (IOException e) {
                sleepBriefly();
            }
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
