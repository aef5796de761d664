package dojo.lambda.s3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import java.util.NavigableMap;
import java.util.UUID;

/**
 * One bucket on disk: {@code bucket.json}, and each version of an object as
 * {@code objects/<xx>/<sha256(key)>.<version>.data} (its content, never changed once written) and
 * {@code .json} (its {@link ObjectMeta}); a removal writes a {@code .gone} tombstone. The highest
 * version of a key decides what is there, so neither a commit nor a removal has to replace or
 * unlink a file before it answers; superseded files go to the {@link Sweeper}, and a reader of an
 * old version keeps reading it until the sweeper unlinks it. {@code incoming/} holds uploads in
 * progress (emptied when the engine starts). The key index lives in memory, loaded on first use.
 *
 * <p>Thread-safe: commits and removals of objects are serialized per bucket; reads are not.
 */
final class Bucket {
    private final Path dir;
    private final Sweeper sweeper;
    private final Object lock = new Object();
    private volatile BucketState state;
    private volatile NavigableMap<String, ObjectMeta> index;
    private long version;
    private boolean deleted;

    Bucket(Path dir, BucketState state, Sweeper sweeper) {
        this.dir = dir;
        this.state = state;
        this.sweeper = sweeper;
    }

    BucketState state() {
        return state;
    }

    String name() {
        return state.name();
    }

    String accountId() {
        return state.accountId();
    }

    /** Every object by key, in S3's order (UTF-8 byte order of keys). */
    NavigableMap<String, ObjectMeta> objects() {
        NavigableMap<String, ObjectMeta> i = index;
        if (i == null) {
            synchronized (lock) {
                if (index == null) {
                    ObjectIndex.Loaded loaded = ObjectIndex.load(dir.resolve("objects"));
                    version = loaded.highestVersion();
                    index = loaded.objects();
                }
                i = index;
            }
        }
        return i;
    }

    ObjectMeta get(String key) {
        return objects().get(key);
    }

    Path dataOf(ObjectMeta meta) {
        return shard(meta.key()).resolve(meta.dataFile());
    }

    /** Where an upload in progress is written (not yet created); the caller deletes it if not committed. */
    Path newUpload() {
        return incoming().resolve(UUID.randomUUID() + ".part");
    }

    /** Makes {@code staged} the content of {@code meta.key()}, replacing any object there. */
    ObjectMeta commit(ObjectMeta meta, Path staged) throws IOException {
        // under the lock, so that a first load of the index never sees content without its sidecar
        synchronized (lock) {
            NavigableMap<String, ObjectMeta> objects = objects();
            if (deleted) {
                throw S3Exception.noSuchBucket(name());
            }
            String base = fileName(meta.key()) + "." + nextVersion();
            ObjectMeta stored = meta.withDataFile(base + ".data");
            Path shard = shard(meta.key());
            try {
                Files.move(staged, shard.resolve(base + ".data"), StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException e) {
                Files.createDirectories(shard);
                Files.move(staged, shard.resolve(base + ".data"), StandardCopyOption.ATOMIC_MOVE);
            }
            StateFiles.create(shard.resolve(base + ".json"), stored);
            ObjectMeta old = objects.put(meta.key(), stored);
            if (old != null) {
                sweeper.delete(List.of(shard.resolve(sidecarOf(old)), dataOf(old)));
            }
            return stored;
        }
    }

    /** Removes the object at {@code key}; returns it, or null when there was none. */
    ObjectMeta remove(String key) throws IOException {
        synchronized (lock) {
            ObjectMeta old = objects().remove(key);
            if (old != null) {
                Path tombstone = shard(key).resolve(fileName(key) + "." + nextVersion() + ".gone");
                Files.createFile(tombstone);
                sweeper.delete(List.of(shard(key).resolve(sidecarOf(old)), dataOf(old), tombstone));
            }
            return old;
        }
    }

    void update(BucketState next) {
        synchronized (lock) {
            StateFiles.write(dir.resolve("bucket.json"), next, incoming());
            state = next;
        }
    }

    /** Deletes the bucket's folder if it holds no objects; false (and nothing deleted) otherwise. */
    boolean deleteIfEmpty() throws IOException {
        synchronized (lock) {
            if (!objects().isEmpty()) {
                return false;
            }
            deleted = true;
            Files.deleteIfExists(dir.resolve("bucket.json"));
            ObjectIndex.deleteTree(dir);
            return true;
        }
    }

    private Path incoming() {
        return dir.resolve("incoming");
    }

    private Path shard(String key) {
        return dir.resolve("objects").resolve(fileName(key).substring(0, 2));
    }

    private long nextVersion() {
        // versions only grow, also across restarts: the load starts from the highest one on disk
        version = Math.max(version + 1, System.currentTimeMillis() * 1000);
        return version;
    }

    private static String sidecarOf(ObjectMeta meta) {
        return meta.dataFile().substring(0, meta.dataFile().length() - ".data".length()) + ".json";
    }

    static String fileName(String key) {
        return HexFormat.of().formatHex(ChunkSignatures.sha256(key.getBytes(StandardCharsets.UTF_8)));
    }
}
