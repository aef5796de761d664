package dojo.lambda.function;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The directory a deployment package is unpacked into, guarding its boundary: every path stays
 * below the root, nothing is ever written through a symbolic link, and every link must end up
 * pointing inside. Directories get mode 0755 and files 0644 (0755 when executable), so the
 * sandbox user {@code nobody} can read the code.
 */
final class PackageTree {
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
    static final Set<PosixFilePermission> EXECUTABLE = DIRECTORY;
    private static final String REBUILD = " Rebuild the .zip from inside the folder you want at /var/task (for example"
            + " cd build && zip -r ../function.zip .) and upload it again.";

    private final Path root;
    private final List<Path> links = new ArrayList<>();

    /** Creates the (fresh) root directory. */
    PackageTree(Path root) throws IOException {
        Files.createDirectory(root);
        Files.setPosixFilePermissions(root, DIRECTORY);
        this.root = root.toRealPath();
    }

    Path root() {
        return root;
    }

    /** Where entry {@code name} goes, or the refusal naming it when it would land outside the root. */
    Path place(String name) {
        if (name.startsWith("/")) {
            throw refuse("Entry '" + name + "' in the deployment package has an absolute path: entries must be relative"
                    + " to the package root, which Lambda unpacks at /var/task." + REBUILD);
        }
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root)) {
            throw refuse("Entry '" + name + "' in the deployment package points outside the package: '..' leads above"
                    + " the package root, which Lambda unpacks at /var/task." + REBUILD);
        }
        return target;
    }

    /** Creates {@code dir} and its missing parents, refusing to pass through a link or a file. */
    void directory(String name, Path dir) throws IOException {
        if (dir.equals(root)) {
            return;
        }
        Path current = root;
        for (Path segment : root.relativize(dir)) {
            current = current.resolve(segment);
            if (Files.isSymbolicLink(current)) {
                throw refuse("Entry '" + name + "' in the deployment package is stored below the symbolic link '"
                        + root.relativize(current) + "': entries must be plain files and folders inside the package."
                        + " Replace the link with a real folder and upload the .zip again.");
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(current);
                Files.setPosixFilePermissions(current, DIRECTORY);
            } else if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                throw refuse("Entry '" + name + "' in the deployment package needs '" + root.relativize(current)
                        + "' to be a folder, but the package also has a file by that name. Remove one of them and"
                        + " upload the .zip again.");
            }
        }
    }

    /** Makes room for file or link {@code target}: creates its parents and removes an earlier entry of that name. */
    void prepare(String name, Path target) throws IOException {
        if (target.equals(root)) {
            throw refuse("Entry '" + name + "' in the deployment package has no file name." + REBUILD);
        }
        directory(name, target.getParent());
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse("Entry '" + name + "' in the deployment package is a file, but the package also has a folder"
                    + " by that name. Remove one of them and upload the .zip again.");
        }
        Files.deleteIfExists(target);
    }

    /** Creates link {@code link} to {@code target}, which must lie inside the package even before it exists. */
    void link(String name, Path link, String target) throws IOException {
        if (target.isEmpty() || target.startsWith("/") || !link.getParent().resolve(target).normalize().startsWith(root)) {
            throw outsideLink(name, target);
        }
        prepare(name, link);
        Files.createSymbolicLink(link, Path.of(target));
        links.add(link);
    }

    /** Checks that every link, resolved through the links it meets, still points inside the package. */
    void checkLinks() throws IOException {
        for (Path link : links) {
            if (Files.exists(link) && !link.toRealPath().startsWith(root)) {
                throw outsideLink(root.relativize(link).toString(), Files.readSymbolicLink(link).toString());
            }
        }
    }

    /** Deletes the tree; links are removed, never followed. */
    static void delete(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path visited, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(visited);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }

    private static ApiException outsideLink(String name, String target) {
        return refuse("Entry '" + name + "' in the deployment package is a symbolic link to '" + target + "', which is"
                + " outside the package: links must point to files inside the package root (/var/task). Replace the"
                + " link with the file itself and upload the .zip again.");
    }

    private static ApiException refuse(String message) {
        return new ApiException(ErrorType.InvalidParameterValueException, message);
    }
}
