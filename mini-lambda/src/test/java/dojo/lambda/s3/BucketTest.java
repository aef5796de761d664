package dojo.lambda.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Objects on disk: versions, tombstones, and what a fresh load makes of files a crash left behind. */
class BucketTest {
    @TempDir
    Path dir;

    private Bucket bucket() throws IOException {
        Files.createDirectories(dir.resolve("incoming"));
        return new Bucket(dir, new BucketState("b", "000000000000", "us-east-1", Instant.EPOCH, null), new Sweeper());
    }

    private static ObjectMeta put(Bucket b, String key, String content) throws IOException {
        Path upload = b.newUpload();
        Files.writeString(upload, content);
        return b.commit(new ObjectMeta(key, content.length(), "etag-" + content, Instant.now(), "text/plain", null, null, null,
                "staged"), upload);
    }

    private List<Path> files() throws IOException {
        // the sweeper deletes files while the walk runs; a file gone mid-walk means: look again
        for (int attempt = 0; ; attempt++) {
            try (Stream<Path> all = Files.walk(dir.resolve("objects"))) {
                return all.filter(Files::isRegularFile).sorted().toList();
            } catch (java.io.UncheckedIOException e) {
                if (!(e.getCause() instanceof java.nio.file.NoSuchFileException) || attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private void awaitFiles(int count) throws Exception {
        for (int i = 0; i < 100 && files().size() != count; i++) {
            Thread.sleep(20);
        }
        assertThat(files()).hasSize(count);
    }

    @Test
    void anOverwriteIsReadAtOnceAndTheOldVersionIsSweptAway() throws Exception {
        Bucket b = bucket();
        ObjectMeta first = put(b, "k", "one");
        ObjectMeta second = put(b, "k", "two");
        assertThat(b.get("k")).isEqualTo(second);
        assertThat(Files.readString(b.dataOf(second))).isEqualTo("two");
        assertThat(second.dataFile()).isNotEqualTo(first.dataFile());
        awaitFiles(2);
        assertThat(bucket().get("k")).isEqualTo(second);
    }

    @Test
    void aRemovalSurvivesALoadEvenBeforeTheSweeperRan() throws Exception {
        Bucket b = bucket();
        put(b, "k", "one");
        ObjectMeta kept = put(b, "other", "stays");
        Path shard = b.dataOf(b.get("k")).getParent();
        // what a crash right after the removal would leave: old version and tombstone both on disk
        List<Path> before = files();
        b.remove("k");
        assertThat(b.get("k")).isNull();
        for (Path p : before) {
            if (!Files.exists(p)) {
                Files.writeString(p, p.toString().endsWith(".json") ? "{}" : "x");
            }
        }
        Files.writeString(shard.resolve(Bucket.fileName("k") + "." + Long.MAX_VALUE / 2 + ".gone"), "");
        Bucket reloaded = bucket();
        assertThat(reloaded.objects()).containsOnlyKeys("other");
        assertThat(reloaded.get("other")).isEqualTo(kept);
        awaitFiles(2);
    }

    @Test
    void aSidecarCutShortByACrashLeavesThePreviousVersion() throws Exception {
        Bucket b = bucket();
        ObjectMeta first = put(b, "k", "one");
        Path shard = b.dataOf(first).getParent();
        String newer = Bucket.fileName("k") + "." + (Long.MAX_VALUE / 2);
        Files.writeString(shard.resolve(newer + ".data"), "half-written");
        Files.writeString(shard.resolve(newer + ".json"), "{\"key\":\"k\",\"si");
        Files.writeString(shard.resolve(Bucket.fileName("z") + ".7.data"), "content without a sidecar");
        Bucket reloaded = bucket();
        assertThat(reloaded.get("k")).isEqualTo(first);
        assertThat(files()).containsExactlyInAnyOrder(reloaded.dataOf(first), shard.resolve(first.dataFile().replace(".data", ".json")));
        assertThat(Files.readString(reloaded.dataOf(first), StandardCharsets.UTF_8)).isEqualTo("one");
    }

    @Test
    void versionsKeepGrowingAfterALoad() throws Exception {
        Bucket b = bucket();
        ObjectMeta first = put(b, "k", "one");
        ObjectMeta after = put(bucket(), "k", "two");
        long v1 = Long.parseLong(first.dataFile().split("\\.")[1]);
        long v2 = Long.parseLong(after.dataFile().split("\\.")[1]);
        assertThat(v2).isGreaterThan(v1);
    }
}
