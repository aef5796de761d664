package dojo.lambda.function;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A .zip deployment package as uploaded in {@code Code.ZipFile} (already base64-decoded), with
 * AWS's limits: at most 50 MB zipped (checked on construction) and under 262144000 bytes (250 MB)
 * unzipped. Unzipped bytes are counted as they are written, so an archive whose headers
 * understate its content (a zip bomb) stops at the limit; header sizes are only used to refuse
 * an honest oversized package before writing anything.
 */
final class CodePackage {
    static final long MAX_ZIPPED_BYTES = 50L * 1024 * 1024;
    static final long MAX_UNZIPPED_BYTES = 262_144_000L;
    /** AWS states the zipped limit as the largest request body: 50 MB in base64, 4/3 of it, rounded up. */
    static final long MAX_REQUEST_BYTES = 69_905_067L;
    static final String CORRUPT = "Could not unzip uploaded file. Please check your file, then try to upload again.";
    private static final int MAX_LINK_TARGET = 4096;

    private final byte[] zip;
    private final String sha256;

    private CodePackage(byte[] zip) {
        this.zip = zip;
        this.sha256 = Base64.getEncoder().encodeToString(digest(zip));
    }

    /** The package, or RequestEntityTooLargeException as AWS words it for {@code operation}. */
    static CodePackage of(byte[] zip, String operation) {
        Objects.requireNonNull(zip, "zip");
        if (zip.length > MAX_ZIPPED_BYTES) {
            throw new ApiException(ErrorType.RequestEntityTooLargeException,
                    "Request must be smaller than " + MAX_REQUEST_BYTES + " bytes for the " + operation + " operation");
        }
        return new CodePackage(zip);
    }

    /** AWS's CodeSha256: base64 of the SHA-256 of the zip bytes. */
    String sha256() {
        return sha256;
    }

    /** AWS's CodeSize: the zip's size in bytes. */
    long size() {
        return zip.length;
    }

    /**
     * Unpacks into {@code dir}, which must not exist yet, and returns the unzipped size. On any
     * refusal nothing is left behind. For a custom runtime the root must hold {@code bootstrap},
     * which is made executable.
     */
    long extractTo(Path dir, boolean customRuntime) {
        return extractTo(dir, customRuntime, MAX_UNZIPPED_BYTES);
    }

    long extractTo(Path dir, boolean customRuntime, long unzippedLimit) {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("Extraction needs a fresh directory, but " + dir + " exists");
        }
        Path archive = dir.resolveSibling(dir.getFileName() + ".zip");
        boolean done = false;
        try {
            ZipDirectory directory = ZipDirectory.read(zip);
            Files.write(archive, zip);
            try (ZipFile file = new ZipFile(archive.toFile())) {
                List<? extends ZipEntry> entries = Collections.list(file.entries());
                if (entries.size() != directory.entries().size()) {
                    throw corrupt();
                }
                if (entries.stream().mapToLong(ZipEntry::getSize).filter(size -> size > 0).sum() >= unzippedLimit) {
                    throw tooLarge(unzippedLimit);
                }
                PackageTree tree = new PackageTree(dir);
                long written = 0;
                for (int i = 0; i < entries.size(); i++) {
                    ZipDirectory.Entry info = directory.entries().get(i);
                    if (!entries.get(i).getName().equals(info.name())) {
                        throw corrupt();
                    }
                    written += unpack(file, entries.get(i), info, tree, customRuntime, written, unzippedLimit);
                }
                tree.checkLinks();
                if (customRuntime) {
                    requireBootstrap(tree.root());
                }
                done = true;
                return written;
            }
        } catch (ZipException | EOFException | InvalidPathException e) {
            throw corrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the deployment package into " + dir, e);
        } finally {
            try {
                Files.deleteIfExists(archive);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove " + archive, e);
            }
            if (!done) {
                PackageTree.delete(dir);
            }
        }
    }

    private static long unpack(ZipFile file, ZipEntry entry, ZipDirectory.Entry info, PackageTree tree,
            boolean customRuntime, long writtenBefore, long limit) throws IOException {
        String name = entry.getName();
        Path target = tree.place(name);
        if (entry.isDirectory()) {
            tree.directory(name, target);
            return 0;
        }
        if (info.symbolicLink()) {
            byte[] linkTarget;
            try (InputStream in = file.getInputStream(entry)) {
                linkTarget = in.readNBytes(MAX_LINK_TARGET + 1);
            }
            if (linkTarget.length > MAX_LINK_TARGET) {
                throw corrupt();
            }
            tree.link(name, target, new String(linkTarget, StandardCharsets.UTF_8));
            return 0;
        }
        tree.prepare(name, target);
        long copied;
        try (InputStream in = file.getInputStream(entry);
                OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, LinkOption.NOFOLLOW_LINKS)) {
            copied = copy(in, out, writtenBefore, limit, entry.getCrc());
        }
        boolean executable = info.executable() || (customRuntime && target.equals(tree.root().resolve("bootstrap")));
        Files.setPosixFilePermissions(target, executable ? PackageTree.EXECUTABLE : PackageTree.FILE);
        return copied;
    }

    private static long copy(InputStream in, OutputStream out, long writtenBefore, long limit, long expectedCrc)
            throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            copied += n;
            if (writtenBefore + copied >= limit) {
                throw tooLarge(limit);
            }
            crc.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        if (expectedCrc != -1 && crc.getValue() != expectedCrc) {
            throw corrupt();
        }
        return copied;
    }

    /** Refuses a custom-runtime package without {@code bootstrap} at its root, and makes the one it has executable. */
    static void requireBootstrap(Path root) throws IOException {
        Path bootstrap = root.resolve("bootstrap");
        if (!Files.isRegularFile(bootstrap)) {
            throw new ApiException(ErrorType.InvalidParameterValueException, "The deployment package has no file named"
                    + " bootstrap at its root, which runtime " + InstalledRuntime.CUSTOM + " needs: a custom runtime starts"
                    + " by running the executable /var/task/bootstrap, which then fetches events from the Runtime API at"
                    + " $AWS_LAMBDA_RUNTIME_API and posts the responses back. Add an executable bootstrap file (for example"
                    + " a shell script running 'exec java -cp /var/task example.Main') at the top level of the .zip and"
                    + " upload it again.");
        }
        Files.setPosixFilePermissions(bootstrap, PackageTree.EXECUTABLE);
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(ErrorType.InvalidParameterValueException,
                "Unzipped size must be smaller than " + limit + " bytes");
    }

    private static ApiException corrupt() {
        return new ApiException(ErrorType.InvalidParameterValueException, CORRUPT);
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
