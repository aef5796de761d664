package dojo.lambda.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledEnginesDirectoryIsUnmountedAndRemovedWhenTheNextEngineStarts() throws Exception {
        assumeTrue(ScratchDisk.available(tmp), "needs root and loop devices");
        Path orphan = Files.createDirectory(tmp.resolve("mlx-orphan"));
        Files.writeString(orphan.resolve(RunDirectory.PID_FILE), Long.toString(deadPid()));
        ScratchDisk disk = ScratchDisk.create(orphan.resolve("env-1"), 8);
        Files.writeString(disk.mountPoint.resolve("left-behind"), "x");
        assertThat(mounted(disk.mountPoint)).isTrue();

        Path mine = RunDirectory.create(tmp);

        assertThat(orphan).doesNotExist();
        assertThat(mounted(disk.mountPoint)).isFalse();
        assertThat(Files.readString(mine.resolve(RunDirectory.PID_FILE))).isEqualTo(Long.toString(ProcessHandle.current().pid()));
    }

    @Test
    void directoriesOfLiveEnginesAndUnmarkedDirectoriesAreLeftAlone() throws Exception {
        Path live = RunDirectory.create(tmp);
        Path unmarked = Files.createDirectory(tmp.resolve("mlx-unmarked"));
        Path other = Files.createDirectory(tmp.resolve("something-else"));
        Files.writeString(other.resolve(RunDirectory.PID_FILE), Long.toString(deadPid()));

        assertThat(RunDirectory.reapOrphans(tmp)).isEmpty();
        assertThat(live).exists();
        assertThat(unmarked).exists();
        assertThat(other).exists();
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private static boolean mounted(Path mountPoint) throws Exception {
        String target = " " + mountPoint.toAbsolutePath() + " ";
        return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream().anyMatch(l -> l.contains(target));
    }
}
