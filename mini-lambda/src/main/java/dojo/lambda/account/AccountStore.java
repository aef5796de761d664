package dojo.lambda.account;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts an engine knows, persisted in {@code <dataDir>/accounts.json}, and the session
 * credentials issued to execution environments, kept in memory only.
 *
 * <p>Thread-safe. Accounts are read from disk when the store opens; {@link #create()} re-reads
 * the file under a file lock before adding, so accounts created by another process (for example
 * {@code java -jar mini-lambda.jar account create --data DIR}) are never lost, and a process that
 * opens the directory afterwards sees them all. A running store also picks up accounts that
 * another process added: an unknown access key makes it re-read the file when the file changed.
 */
public final class AccountStore {
    /** The account local AWS tools assume: id {@code 000000000000}, access key {@code test}, secret {@code test}. */
    public static final Account DEFAULT_ACCOUNT = new Account("000000000000", "test", "test");

    private final AccountsFile file;
    private final KeyMint mint = new KeyMint();
    private final SessionRegistry sessions = new SessionRegistry(mint);
    private final Map<String, Account> byAccountId = new ConcurrentHashMap<>();
    private final Map<String, Account> byAccessKeyId = new ConcurrentHashMap<>();
    private final boolean defaultAccount;
    private volatile Object loaded;

    private AccountStore(AccountsFile file, boolean defaultAccount) {
        this.file = file;
        this.defaultAccount = defaultAccount;
    }

    /**
     * Opens (creating if needed) the accounts under {@code dataDir}. With {@code defaultAccount}
     * the store makes sure {@link #DEFAULT_ACCOUNT} exists, as LocalStack and friends expect;
     * without it the store refuses that account's keys, which are public, even when the file
     * holds the account from an earlier run.
     */
    public static AccountStore open(Path dataDir, boolean defaultAccount) {
        AccountStore store = new AccountStore(new AccountsFile(Objects.requireNonNull(dataDir, "dataDir")), defaultAccount);
        store.loaded = store.file.stamp();
        store.remember(store.file.update(accounts -> {
            boolean present = accounts.stream()
                    .anyMatch(a -> a.accountId().equals(DEFAULT_ACCOUNT.accountId()));
            return defaultAccount && !present ? plus(accounts, DEFAULT_ACCOUNT) : accounts;
        }));
        return store;
    }

    /** Creates and persists an account with a fresh unique id and a fresh long-term access key. */
    public Account create() {
        Account[] created = new Account[1];
        remember(file.update(accounts -> {
            created[0] = fresh(accounts);
            return plus(accounts, created[0]);
        }));
        return created[0];
    }

    public Optional<Account> byAccountId(String accountId) {
        return Optional.ofNullable(byAccountId.get(accountId));
    }

    /** All accounts, ordered by account id. */
    public List<Account> list() {
        List<Account> accounts = new ArrayList<>(byAccountId.values());
        accounts.sort((a, b) -> a.accountId().compareTo(b.accountId()));
        return List.copyOf(accounts);
    }

    /** The account's long-term key, or live session credentials, that {@code accessKeyId} names. */
    public Optional<AccessKey> resolveAccessKey(String accessKeyId) {
        Account owner = byAccessKeyId.get(accessKeyId);
        if (owner == null && sessions.find(accessKeyId).isEmpty()) {
            owner = reloadedOwner(accessKeyId);
        }
        if (owner != null) {
            return Optional.of(new AccessKey(owner, accessKeyId, owner.secretAccessKey(), null));
        }
        return sessions.find(accessKeyId).flatMap(session -> byAccountId(session.accountId()).map(account ->
                new AccessKey(account, accessKeyId, session.credentials().secretAccessKey(),
                        session.credentials().sessionToken())));
    }

    /**
     * Issues temporary credentials that authenticate as {@code accountId} until {@link #revoke}d or
     * this process ends.
     */
    public SessionCredentials issueSessionCredentials(String accountId) {
        if (!byAccountId.containsKey(accountId)) {
            throw new IllegalArgumentException("Expected an existing account id, found '" + accountId
                    + "'. Known accounts: " + byAccountId.keySet().stream().sorted().toList()
                    + ". Create the account first.");
        }
        return sessions.issue(accountId);
    }

    /** Ends the session credentials {@code accessKeyId} names; long-term keys and unknown ids are left alone. */
    public void revoke(String accessKeyId) {
        sessions.revoke(accessKeyId);
    }

    /** Persists a given account, for keys that must be known in advance (test vectors, fixtures). */
    Account add(Account account) {
        remember(file.update(accounts -> {
            boolean clash = accounts.stream().anyMatch(a -> a.accountId().equals(account.accountId())
                    || a.accessKeyId().equals(account.accessKeyId()));
            if (clash) {
                throw new IllegalArgumentException("Expected a new account id and access key id, found " + account
                        + " clashing with an existing account. Pick other ids.");
            }
            return plus(accounts, account);
        }));
        return account;
    }

    /** Re-reads the file if another process changed it since this store last read it. */
    private Account reloadedOwner(String accessKeyId) {
        Object now = file.stamp();
        if (now == null || now.equals(loaded)) {
            return null;
        }
        // Taken before reading: a write that lands during the read changes the stamp again.
        loaded = now;
        remember(file.update(accounts -> accounts));
        return byAccessKeyId.get(accessKeyId);
    }

    private Account fresh(List<Account> existing) {
        while (true) {
            Account candidate = new Account(mint.accountId(), mint.accessKeyId("AKIA"), mint.secretAccessKey());
            boolean clash = candidate.accountId().equals(DEFAULT_ACCOUNT.accountId()) || existing.stream()
                    .anyMatch(a -> a.accountId().equals(candidate.accountId())
                            || a.accessKeyId().equals(candidate.accessKeyId()));
            if (!clash) {
                return candidate;
            }
        }
    }

    private void remember(List<Account> accounts) {
        for (Account account : accounts) {
            byAccountId.put(account.accountId(), account);
            if (defaultAccount || !account.equals(DEFAULT_ACCOUNT)) {
                byAccessKeyId.put(account.accessKeyId(), account);
            }
        }
    }

    private static List<Account> plus(List<Account> accounts, Account added) {
        List<Account> result = new ArrayList<>(accounts);
        result.add(added);
        return result;
    }
}
