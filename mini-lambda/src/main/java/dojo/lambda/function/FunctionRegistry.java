package dojo.lambda.function;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The engine's functions, per account, validated and worded as AWS Lambda does (CreateFunction,
 * GetFunction, ListFunctions, UpdateFunctionCode, UpdateFunctionConfiguration, DeleteFunction,
 * Put/DeleteFunctionConcurrency, provisioned concurrency). Refusals are {@link ApiException}s
 * carrying AWS's error name. Every code or configuration change sets a new LastModified and
 * RevisionId. Accounts never see each other's functions.
 *
 * <p>State lives under the data directory (see {@code FunctionStore}) and survives a restart:
 * {@link #open} reloads it. One registry per data directory. Thread-safe: reads never block,
 * changes to one account are serialized, and packages are unpacked outside any lock.
 */
public final class FunctionRegistry {
    /** How long a replaced code directory stays on disk: the longest timeout (900 s) plus INIT, rounded up. */
    public static final Duration RETIRED_CODE_GRACE = Duration.ofMinutes(16);
    private static final System.Logger LOG = System.getLogger(FunctionRegistry.class.getName());

    private final FunctionStore store;
    private final FunctionValidator validator;
    private final InstantSource clock;
    private final AccountConcurrency quota;
    private final ConcurrentHashMap<String, AccountFunctions> accounts = new ConcurrentHashMap<>();
    private final RetiredCode retired = new RetiredCode();
    private final List<FunctionListener> listeners = new CopyOnWriteArrayList<>();

    private FunctionRegistry(Path dataDir, RuntimeCatalog runtimes, InstantSource clock, AccountConcurrency quota) {
        this.store = new FunctionStore(dataDir);
        this.validator = new FunctionValidator(runtimes);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.quota = Objects.requireNonNull(quota, "quota");
    }

    /** Opens the registry stored under {@code dataDir}, with AWS's default account concurrency. */
    public static FunctionRegistry open(Path dataDir, RuntimeCatalog runtimes, InstantSource clock) {
        return open(dataDir, runtimes, clock, AccountConcurrency.AWS_DEFAULT);
    }

    public static FunctionRegistry open(Path dataDir, RuntimeCatalog runtimes, InstantSource clock, AccountConcurrency quota) {
        FunctionRegistry registry = new FunctionRegistry(dataDir, runtimes, clock, quota);
        for (DeployedFunction function : registry.store.loadAll()) {
            registry.account(function.config().accountId()).put(function);
        }
        return registry;
    }

    public void addListener(FunctionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(FunctionListener listener) {
        listeners.remove(listener);
    }

    /** CreateFunction (201 on the wire); ResourceConflictException when the name is taken. */
    public DeployedFunction create(String accountId, CreateFunctionRequest request, byte[] zip) {
        AccountFunctions account = account(accountId);
        String name = FunctionRef.forCreate(request.functionName()).nameIn(accountId);
        FunctionSettings settings = validator.validateCreate(request);
        CodePackage code = CodePackage.of(zip, "CreateFunction");
        if (account.find(name).isPresent()) {
            throw exists(name);
        }
        Path staged = unpack(code, settings.runtime());
        DeployedFunction created;
        synchronized (account) {
            if (account.find(name).isPresent()) {
                PackageTree.delete(staged);
                throw exists(name);
            }
            String revision = UUID.randomUUID().toString();
            Path codeDir = store.install(staged, accountId, name, revision);
            created = new DeployedFunction(config(accountId, name, settings, code, revision), codeDir, null, 0);
            commit(account, FunctionChange.Kind.CREATED, null, created);
        }
        purgeRetired();
        return created;
    }

    /** GetFunction: by name, partial ARN or ARN of this account, optionally {@code :$LATEST}. */
    public DeployedFunction get(String accountId, String nameOrArn) {
        return account(accountId).require(FunctionRef.forRead(nameOrArn).nameIn(accountId));
    }

    /** All of the account's functions, sorted by name. */
    public List<DeployedFunction> list(String accountId) {
        return account(accountId).all();
    }

    /** ListFunctions with Marker and MaxItems (1 to 10000, default 50). */
    public FunctionPage list(String accountId, String marker, Integer maxItems) {
        Violations violations = new Violations();
        violations.range(maxItems, "maxItems", 1, 10_000);
        violations.throwIfAny();
        AccountFunctions account = account(accountId);
        List<DeployedFunction> page = account.page(marker, maxItems == null ? 50 : maxItems);
        String last = page.isEmpty() ? null : page.get(page.size() - 1).config().name();
        return new FunctionPage(page, last != null && account.hasAfter(last) ? last : null);
    }

    /** UpdateFunctionCode: the new code goes into a new directory; the old one is kept for a grace period. */
    public DeployedFunction updateCode(String accountId, String nameOrArn, byte[] zip) {
        AccountFunctions account = account(accountId);
        String name = FunctionRef.forChange(nameOrArn).nameIn(accountId);
        CodePackage code = CodePackage.of(zip, "UpdateFunctionCode");
        String runtime = account.require(name).config().runtime();
        Path staged = unpack(code, runtime);
        DeployedFunction updated;
        synchronized (account) {
            DeployedFunction current;
            try {
                current = account.require(name);
                if (isCustom(current.config().runtime()) && !isCustom(runtime)) {
                    CodePackage.requireBootstrap(staged);
                }
            } catch (IOException e) {
                PackageTree.delete(staged);
                throw new UncheckedIOException("Cannot check the unpacked code in " + staged, e);
            } catch (RuntimeException e) {
                PackageTree.delete(staged);
                throw e;
            }
            String revision = UUID.randomUUID().toString();
            Path codeDir = store.install(staged, accountId, name, revision);
            FunctionConfig config = config(accountId, name, FunctionSettings.of(current.config()), code, revision);
            updated = new DeployedFunction(config, codeDir, current.reservedConcurrency(), current.provisionedConcurrency());
            commit(account, FunctionChange.Kind.CODE_UPDATED, current, updated);
            retired.retire(accountId, current.codeDir(), clock.instant());
        }
        purgeRetired();
        return updated;
    }

    /** UpdateFunctionConfiguration: applies the patch's given fields. */
    public DeployedFunction updateConfiguration(String accountId, String nameOrArn, ConfigurationPatch patch) {
        AccountFunctions account = account(accountId);
        String name = FunctionRef.forChange(nameOrArn).nameIn(accountId);
        validator.checkPatchModel(patch);
        synchronized (account) {
            DeployedFunction current = account.require(name);
            FunctionSettings next = validator.validatePatch(FunctionSettings.of(current.config()), patch);
            if (isCustom(next.runtime()) && !isCustom(current.config().runtime())) {
                try {
                    CodePackage.requireBootstrap(current.codeDir());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            FunctionConfig old = current.config();
            FunctionConfig config = new FunctionConfig(accountId, name, next.runtime(), next.handler(), next.memoryMb(),
                    next.timeoutSeconds(), next.ephemeralStorageMb(), next.environment(), next.description(),
                    next.architecture(), old.codeSha256(), old.codeSize(), now(), UUID.randomUUID().toString(), next.role());
            DeployedFunction updated = new DeployedFunction(config, current.codeDir(), current.reservedConcurrency(),
                    current.provisionedConcurrency());
            commit(account, FunctionChange.Kind.CONFIGURATION_UPDATED, current, updated);
            return updated;
        }
    }

    /** DeleteFunction; its code stays on disk for {@link #RETIRED_CODE_GRACE} for running environments. */
    public void delete(String accountId, String nameOrArn) {
        AccountFunctions account = account(accountId);
        String name = FunctionRef.forChange(nameOrArn).nameIn(accountId);
        synchronized (account) {
            DeployedFunction current = account.require(name);
            commit(account, FunctionChange.Kind.DELETED, current, null);
            retired.retire(accountId, current.codeDir(), clock.instant());
        }
        purgeRetired();
    }

    /** PutFunctionConcurrency: 0 or more, leaving the account at least its minimum unreserved concurrency. */
    public DeployedFunction putReservedConcurrency(String accountId, String nameOrArn, int reserved) {
        return changeConcurrency(accountId, nameOrArn, current -> ConcurrencyRules.reserve(current, reserved),
                "ReservedConcurrentExecutions");
    }

    /** DeleteFunctionConcurrency: the function goes back to the unreserved pool. */
    public DeployedFunction deleteReservedConcurrency(String accountId, String nameOrArn) {
        return changeConcurrency(accountId, nameOrArn, ConcurrencyRules::unreserve, null);
    }

    /**
     * Provisioned concurrency for the function (AWS allows it only on published versions and
     * aliases; the engine has only {@code $LATEST}): 1 or more, within the reservation if any.
     */
    public DeployedFunction putProvisionedConcurrency(String accountId, String nameOrArn, int provisioned) {
        return changeConcurrency(accountId, nameOrArn, current -> ConcurrencyRules.provision(current, provisioned),
                "ConcurrentExecutions");
    }

    public DeployedFunction deleteProvisionedConcurrency(String accountId, String nameOrArn) {
        return changeConcurrency(accountId, nameOrArn, ConcurrencyRules::unprovision, null);
    }

    /** The account's UnreservedConcurrentExecutions (GetAccountSettings). */
    public int unreservedConcurrency(String accountId) {
        return account(accountId).unreserved(quota);
    }

    public AccountConcurrency accountConcurrency() {
        return quota;
    }

    private DeployedFunction changeConcurrency(String accountId, String nameOrArn, UnaryOperator<DeployedFunction> rule,
            String checkedSetting) {
        AccountFunctions account = account(accountId);
        String name = FunctionRef.forChange(nameOrArn).nameIn(accountId);
        synchronized (account) {
            DeployedFunction current = account.require(name);
            DeployedFunction updated = rule.apply(current);
            if (checkedSetting != null) {
                ConcurrencyRules.checkUnreserved(account, quota, updated, checkedSetting);
            }
            commit(account, FunctionChange.Kind.CONCURRENCY_UPDATED, current, updated);
            return updated;
        }
    }

    private void commit(AccountFunctions account, FunctionChange.Kind kind, DeployedFunction before, DeployedFunction after) {
        String name = (after != null ? after : before).config().name();
        if (after == null) {
            store.forget(account.accountId(), name);
            account.remove(name);
        } else {
            store.save(after);
            account.put(after);
        }
        FunctionChange change = new FunctionChange(kind, account.accountId(), name, before, after);
        for (FunctionListener listener : listeners) {
            try {
                listener.functionChanged(change);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Function listener " + listener + " failed on " + kind + " of function "
                        + name + " in account " + account.accountId() + "; the change itself is stored", e);
            }
        }
    }

    private void purgeRetired() {
        for (RetiredCode.Retired due : retired.due(clock.instant(), RETIRED_CODE_GRACE)) {
            AccountFunctions account = account(due.accountId());
            synchronized (account) {
                try {
                    store.discard(due.dir());
                } catch (UncheckedIOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Cannot delete retired code " + due.dir(), e);
                }
            }
        }
    }

    private Path unpack(CodePackage code, String runtime) {
        Path staged = store.newStagingDir();
        code.extractTo(staged, isCustom(runtime));
        return staged;
    }

    private FunctionConfig config(String accountId, String name, FunctionSettings s, CodePackage code, String revision) {
        return new FunctionConfig(accountId, name, s.runtime(), s.handler(), s.memoryMb(), s.timeoutSeconds(),
                s.ephemeralStorageMb(), s.environment(), s.description(), s.architecture(), code.sha256(), code.size(),
                now(), revision, s.role());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private AccountFunctions account(String accountId) {
        if (!isAccountId(accountId)) {
            throw new IllegalArgumentException("An account id is 12 digits, like 123456789012, but got '" + accountId + "'");
        }
        return accounts.computeIfAbsent(accountId, AccountFunctions::new);
    }

    static boolean isAccountId(String accountId) {
        return accountId != null && accountId.matches("\\d{12}");
    }

    private static boolean isCustom(String runtime) {
        return InstalledRuntime.CUSTOM.equals(runtime);
    }

    private static ApiException exists(String name) {
        return new ApiException(ErrorType.ResourceConflictException, "Function already exist: " + name);
    }
}
