package dojo.lambda.function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Functions on disk:
 *
 * <pre>
 * data/accounts/&lt;accountId&gt;/functions/&lt;name&gt;/config.json
 * data/accounts/&lt;accountId&gt;/functions/&lt;name&gt;/code/&lt;revisionId&gt;/   one folder per code upload
 * data/staging/&lt;uuid&gt;/                                        packages being unpacked
 * </pre>
 *
 * A package is unpacked into staging and moved into {@code code/} in one atomic rename;
 * {@code config.json} is replaced atomically too, so a crash leaves either the old or the new
 * function. The caller serializes changes to one account.
 */
final class FunctionStore {
    private static final String CONFIG = "config.json";
    private final Path dataDir;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    FunctionStore(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
    }

    Path functionDir(String accountId, String name) {
        return dataDir.resolve("accounts").resolve(accountId).resolve("functions").resolve(name);
    }

    /** A fresh path under staging for a package to be unpacked into; it does not exist yet. */
    Path newStagingDir() {
        Path staging = dataDir.resolve("staging");
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + staging + "; check that the data directory is writable", e);
        }
        return staging.resolve(UUID.randomUUID().toString());
    }

    /** Moves an unpacked package into the function's {@code code/<folderName>} and returns its new path. */
    Path install(Path staged, String accountId, String name, String folderName) {
        Path target = functionDir(accountId, name).resolve("code").resolve(folderName);
        try {
            Files.createDirectories(target.getParent());
            return Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the unpacked code from " + staged + " to " + target, e);
        }
    }

    void save(DeployedFunction function) {
        FunctionConfig config = function.config();
        Path file = functionDir(config.accountId(), config.name()).resolve(CONFIG);
        Path temporary = file.resolveSibling(CONFIG + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            json.writeValue(temporary.toFile(), StoredFunction.of(function));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + "; check that the data directory is writable", e);
        }
    }

    /** Removes the function's configuration; its code folders go through {@link #discard} later. */
    void forget(String accountId, String name) {
        Path file = functionDir(accountId, name).resolve(CONFIG);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }

    /** Deletes a code folder, then the function's folder too once nothing of the function is left. */
    void discard(Path codeDir) {
        PackageTree.delete(codeDir);
        Path codeFolder = codeDir.getParent();
        Path functionDir = codeFolder.getParent();
        try {
            Files.deleteIfExists(codeFolder);
            if (!Files.exists(functionDir.resolve(CONFIG))) {
                Files.deleteIfExists(functionDir);
            }
        } catch (DirectoryNotEmptyException stillInUse) {
            // Another code folder, or a configuration written since, keeps the function's folder.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean up " + functionDir, e);
        }
    }

    /**
     * Every stored function, after clearing what a previous run left behind: staging folders,
     * folders of deleted functions and code folders no function uses any more (no environment
     * survives a restart, so none still runs them).
     */
    List<DeployedFunction> loadAll() {
        PackageTree.delete(dataDir.resolve("staging"));
        List<DeployedFunction> functions = new ArrayList<>();
        for (Path account : children(dataDir.resolve("accounts"))) {
            String accountId = account.getFileName().toString();
            if (!FunctionRegistry.isAccountId(accountId)) {
                continue;
            }
            for (Path functionDir : children(account.resolve("functions"))) {
                Path file = functionDir.resolve(CONFIG);
                if (!Files.isRegularFile(file)) {
                    PackageTree.delete(functionDir);
                    continue;
                }
                DeployedFunction function = read(file, accountId, functionDir.resolve("code"));
                for (Path code : children(functionDir.resolve("code"))) {
                    if (!code.equals(function.codeDir())) {
                        PackageTree.delete(code);
                    }
                }
                functions.add(function);
            }
        }
        return functions;
    }

    private DeployedFunction read(Path file, String accountId, Path codeFolder) {
        DeployedFunction function;
        try {
            function = json.readValue(file.toFile(), StoredFunction.class).toDeployed(accountId, codeFolder);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the function configuration " + file + ": " + e.getMessage()
                    + ". Repair or remove the function's folder " + file.getParent() + ", then start the engine again.", e);
        }
        if (!function.config().name().equals(file.getParent().getFileName().toString())
                || !Files.isDirectory(function.codeDir())) {
            throw new IllegalStateException("The function configuration " + file + " names function '"
                    + function.config().name() + "' with code in " + function.codeDir() + ", which does not match its"
                    + " folder. Repair or remove the function's folder " + file.getParent() + ", then start the engine again.");
        }
        return function;
    }

    private static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }
}
