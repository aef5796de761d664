package dojo.lambda.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.NavigableMap;
import java.util.UUID;

/**
 * One bucket on disk: {@code bucket.json}, each object as {@code objects/<xx>/<sha256(key)>.json}
 * (its {@link ObjectMeta}) beside an immutable data file, and {@code incoming/} for uploads in
 * progress (emptied when the engine starts). An overwrite moves in a new data file and then swaps
 * the sidecar, so a reader of the old content keeps reading it. The key index lives in memory,
 * loaded on first use.
 *
 * <p>Thread-safe: commits and removals of objects are serialized per bucket; reads are not.
 */
final class Bucket {
    private final Path dir;
    private final Object lock = new Object();
    private volatile BucketState state;
    private volatile NavigableMap<String, ObjectMeta> index;
    private boolean deleted;

    Bucket(Path dir, BucketState state) {
        this.dir = dir;
        this.state = state;
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
                    index = ObjectIndex.load(dir.resolve("objects"));
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

    /** A fresh file for an upload in progress; the caller deletes it if it is not committed. */
    Path newUpload() throws IOException {
        return Files.createTempFile(incoming(), "upload-", ".part");
    }

    /** Makes {@code staged} the content of {@code meta.key()}, replacing any object there. */
    ObjectMeta commit(ObjectMeta meta, Path staged) throws IOException {
        String file = fileName(meta.key()) + "." + UUID.randomUUID() + ".data";
        ObjectMeta stored = meta.withDataFile(file);
        // under the lock, so that a first load of the index never sees content without its sidecar
        synchronized (lock) {
            NavigableMap<String, ObjectMeta> objects = objects();
            if (deleted) {
                throw S3Exception.noSuchBucket(name());
            }
            Path shard = Files.createDirectories(shard(meta.key()));
            Files.move(staged, shard.resolve(file), StandardCopyOption.ATOMIC_MOVE);
            StateFiles.write(shard.resolve(fileName(meta.key()) + ".json"), stored, incoming());
            ObjectMeta old = objects.put(meta.key(), stored);
            if (old != null) {
                Files.deleteIfExists(dataOf(old));
            }
        }
        return stored;
    }

    /** Removes the object at {@code key}; returns it, or null when there was none. */
    ObjectMeta remove(String key) throws IOException {
        synchronized (lock) {
            ObjectMeta old = objects().remove(key);
            if (old != null) {
                Files.deleteIfExists(shard(key).resolve(fileName(key) + ".json"));
                Files.deleteIfExists(dataOf(old));
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
        try {
            return Files.createDirectories(dir.resolve("incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the upload folder of bucket " + name(), e);
        }
    }

    private Path shard(String key) {
        return dir.resolve("objects").resolve(fileName(key).substring(0, 2));
    }

    static String fileName(String key) {
        return HexFormat.of().formatHex(ChunkSignatures.sha256(key.getBytes(StandardCharsets.UTF_8)));
    }
}
