package dojo.lambda.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * {@code accounts.json} under the data directory. Every change re-reads the file and rewrites it
 * whole (temporary file, fsync, atomic rename) while holding {@code accounts.lock}, so an engine
 * and an {@code account create} command running at the same time never lose each other's accounts
 * and a crash never leaves half a file.
 */
final class AccountsFile {
    static final String FILE_NAME = "accounts.json";
    private static final String LOCK_NAME = "accounts.lock";
    // A FileLock belongs to the whole process: two stores on one directory in one JVM would get
    // OverlappingFileLockException, so the process first takes this lock.
    private static final ReentrantLock PROCESS_LOCK = new ReentrantLock();

    record Contents(int version, List<Account> accounts) {
        Contents {
            accounts = List.copyOf(accounts == null ? List.of() : accounts);
        }
    }

    private final Path dir;
    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    AccountsFile(Path dataDir) {
        this.dir = dataDir.toAbsolutePath();
        this.file = dir.resolve(FILE_NAME);
    }

    Path path() {
        return file;
    }

    /**
     * What identifies the file's current contents: every write replaces it by an atomic rename,
     * so its inode changes; null while there is no file.
     */
    Object stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return key != null ? key : attributes.lastModifiedTime();
        } catch (IOException e) {
            return null;
        }
    }

    /** Applies {@code change} to the accounts on disk and writes the result if it differs. */
    List<Account> update(UnaryOperator<List<Account>> change) {
        PROCESS_LOCK.lock();
        try {
            Files.createDirectories(dir);
            // Closing the channel releases the file lock, on every path out of this block.
            try (FileChannel lockChannel = FileChannel.open(dir.resolve(LOCK_NAME),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                lockChannel.lock();
                List<Account> before = read();
                List<Account> after = List.copyOf(change.apply(before));
                if (!after.equals(before)) {
                    write(after);
                }
                return after;
            }
        } catch (IOException e) {
            throw failure("Cannot update " + file + ": " + e + ". Check that the data directory is writable.");
        } finally {
            PROCESS_LOCK.unlock();
        }
    }

    private List<Account> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return json.readValue(file.toFile(), Contents.class).accounts();
        } catch (IOException e) {
            throw failure("Cannot read the accounts in " + file + ": " + e.getMessage()
                    + ". Expected {\"version\":1,\"accounts\":[{\"accountId\":..,\"accessKeyId\":..,"
                    + "\"secretAccessKey\":..}]}; fix the file or move it away to start with no accounts.");
        }
    }

    private void write(List<Account> accounts) throws IOException {
        byte[] bytes = json.writeValueAsBytes(new Contents(1, accounts));
        // createTempFile makes the file readable by its owner only: it holds every secret key.
        Path temp = Files.createTempFile(dir, ".accounts-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static ApiException failure(String message) {
        return new ApiException(ErrorType.ServiceException, message);
    }
}
