package dojo.lambda.s3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every bucket of every account, found under {@code <data>/accounts/<account>/s3/buckets/} when
 * the engine starts. Bucket names are global, as in S3: a name one account holds is taken for
 * all others. Thread-safe.
 */
final class BucketRegistry {
    private final Path accountsDir;
    private final Map<String, Bucket> byName = new ConcurrentHashMap<>();
    private final Sweeper sweeper = new Sweeper();

    BucketRegistry(Path dataDir) {
        this.accountsDir = dataDir.resolve("accounts");
        try {
            if (Files.isDirectory(accountsDir)) {
                try (Stream<Path> states = Files.find(accountsDir, 5, (p, a) -> p.getFileName().toString().equals("bucket.json")
                        && p.getParent().getParent().getFileName().toString().equals("buckets"))) {
                    for (Path state : states.toList()) {
                        ObjectIndex.clear(state.resolveSibling("incoming"));
                        Files.createDirectories(state.resolveSibling("incoming"));
                        BucketState s = StateFiles.read(state, BucketState.class);
                        byName.put(s.name(), new Bucket(state.getParent(), s, sweeper));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the object store under " + accountsDir, e);
        }
    }

    /** Creates a bucket, or explains why not (taken by this account or another). */
    Bucket create(String accountId, String name, String region, Instant now) {
        BucketName.check(name);
        Bucket created = new Bucket(dir(accountId, name), new BucketState(name, accountId, region, now, null), sweeper);
        Bucket existing = byName.putIfAbsent(name, created);
        if (existing != null) {
            if (existing.accountId().equals(accountId)) {
                throw new S3Exception(S3ErrorCode.BucketAlreadyOwnedByYou, "Bucket '" + name + "' exists already;"
                        + " use it as it is, or delete it first.").with("BucketName", name);
            }
            throw new S3Exception(S3ErrorCode.BucketAlreadyExists, "Another account owns '" + name
                    + "'; pick another name, for example with your own prefix.").with("BucketName", name);
        }
        try {
            Files.createDirectories(dir(accountId, name).resolve("incoming"));
            created.update(created.state());
            return created;
        } catch (IOException e) {
            byName.remove(name, created);
            throw new UncheckedIOException("could not create the folder of bucket " + name, e);
        }
    }

    /** The bucket {@code name} if {@code accountId} owns it. */
    Bucket owned(String accountId, String name) {
        Bucket b = byName.get(name);
        if (b == null) {
            throw S3Exception.noSuchBucket(name);
        }
        if (!b.accountId().equals(accountId)) {
            throw new S3Exception(S3ErrorCode.AccessDenied, "Bucket '" + name + "' belongs to another account;"
                    + " requests are signed as account " + accountId + ". Use a bucket of your own.").with("BucketName", name);
        }
        return b;
    }

    List<Bucket> list(String accountId) {
        return byName.values().stream().filter(b -> b.accountId().equals(accountId))
                .sorted(Comparator.comparing(Bucket::name)).toList();
    }

    void delete(String accountId, String name) throws IOException {
        Bucket b = owned(accountId, name);
        if (!b.deleteIfEmpty()) {
            throw new S3Exception(S3ErrorCode.BucketNotEmpty, "Bucket '" + name + "' still has " + b.objects().size()
                    + " object(s); delete them first (ListObjectsV2, then DeleteObject).").with("BucketName", name);
        }
        byName.remove(name, b);
    }

    private Path dir(String accountId, String name) {
        return accountsDir.resolve(accountId).resolve("s3").resolve("buckets").resolve(name);
    }
}
