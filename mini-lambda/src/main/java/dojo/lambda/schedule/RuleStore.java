package dojo.lambda.schedule;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every account's rules, kept in {@code <data>/accounts/<account>/events/rules.json} and read
 * back when the engine starts. Thread-safe: all methods lock the store.
 */
final class RuleStore {
    private static final TypeReference<List<Rule>> RULES = new TypeReference<>() {};
    private final Path accountsDir;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Map<String, TreeMap<String, Rule>> byAccount = new TreeMap<>();

    private RuleStore(Path accountsDir) {
        this.accountsDir = accountsDir;
    }

    static RuleStore open(Path dataDir) {
        RuleStore store = new RuleStore(dataDir.resolve("accounts"));
        store.load();
        return store;
    }

    synchronized Optional<Rule> get(String accountId, String name) {
        return Optional.ofNullable(rules(accountId).get(name));
    }

    /** The account's rules in name order. */
    synchronized List<Rule> list(String accountId) {
        return List.copyOf(rules(accountId).values());
    }

    synchronized List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        byAccount.values().forEach(rules -> all.addAll(rules.values()));
        return all;
    }

    synchronized void put(Rule rule) {
        rules(rule.accountId()).put(rule.name(), rule);
        save(rule.accountId());
    }

    synchronized void remove(String accountId, String name) {
        rules(accountId).remove(name);
        save(accountId);
    }

    private TreeMap<String, Rule> rules(String accountId) {
        return byAccount.computeIfAbsent(accountId, a -> new TreeMap<>());
    }

    private Path file(String accountId) {
        return accountsDir.resolve(accountId).resolve("events").resolve("rules.json");
    }

    private void save(String accountId) {
        Path file = file(accountId);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("rules.json.tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), List.copyOf(rules(accountId).values()));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the EventBridge rules of account " + accountId + " to " + file, e);
        }
    }

    private void load() {
        if (!Files.isDirectory(accountsDir)) {
            return;
        }
        try (var accounts = Files.list(accountsDir)) {
            for (Path account : (Iterable<Path>) accounts::iterator) {
                Path file = account.resolve("events").resolve("rules.json");
                if (Files.isRegularFile(file)) {
                    for (Rule rule : json.readValue(file.toFile(), RULES)) {
                        rules(rule.accountId()).put(rule.name(), rule);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the EventBridge rules under " + accountsDir
                    + "; fix or remove the broken rules.json named in the cause", e);
        }
    }
}
