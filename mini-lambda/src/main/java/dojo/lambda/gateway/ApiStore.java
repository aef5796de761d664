package dojo.lambda.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every account's HTTP APIs, one file each under {@code <data>/accounts/<account>/apigateway/},
 * read back when the engine starts. API ids are unique across accounts, because the public
 * endpoint finds an API by its id alone. Reads are lock-free; changes are serialised.
 */
final class ApiStore {
    private final Path accountsDir;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Map<String, HttpApi> byId = new ConcurrentHashMap<>();

    private ApiStore(Path accountsDir) {
        this.accountsDir = accountsDir;
    }

    static ApiStore open(Path dataDir) {
        ApiStore store = new ApiStore(dataDir.resolve("accounts"));
        store.load();
        return store;
    }

    /** The API with this id, whoever owns it. */
    Optional<HttpApi> get(String apiId) {
        return Optional.ofNullable(byId.get(apiId));
    }

    /** The account's API with this id. */
    Optional<HttpApi> get(String accountId, String apiId) {
        return get(apiId).filter(api -> api.accountId().equals(accountId));
    }

    List<HttpApi> list(String accountId) {
        return byId.values().stream().filter(api -> api.accountId().equals(accountId))
                .sorted(Comparator.comparing(HttpApi::createdDate).thenComparing(HttpApi::id)).toList();
    }

    boolean exists(String apiId) {
        return byId.containsKey(apiId);
    }

    synchronized void put(HttpApi api) {
        Path file = file(api);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(api.id() + ".json.tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), api);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save HTTP API " + api.id() + " to " + file, e);
        }
        byId.put(api.id(), api);
    }

    synchronized void delete(HttpApi api) {
        try {
            Files.deleteIfExists(file(api));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete HTTP API " + api.id() + " at " + file(api), e);
        }
        byId.remove(api.id());
    }

    private Path file(HttpApi api) {
        return accountsDir.resolve(api.accountId()).resolve("apigateway").resolve(api.id() + ".json");
    }

    private void load() {
        if (!Files.isDirectory(accountsDir)) {
            return;
        }
        try (var accounts = Files.list(accountsDir)) {
            for (Path account : (Iterable<Path>) accounts::iterator) {
                Path dir = account.resolve("apigateway");
                if (Files.isDirectory(dir)) {
                    try (var files = Files.list(dir)) {
                        for (Path f : (Iterable<Path>) files::iterator) {
                            if (f.getFileName().toString().endsWith(".json")) {
                                HttpApi api = json.readValue(f.toFile(), HttpApi.class);
                                byId.put(api.id(), api);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the HTTP APIs under " + accountsDir
                    + "; fix or remove the broken file named in the cause", e);
        }
    }
}
