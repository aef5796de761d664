package dojo.lambda.function;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One account's functions and the concurrency arithmetic over them. Reads are lock-free; the
 * registry changes an account only while synchronized on its {@code AccountFunctions}.
 */
final class AccountFunctions {
    private final String accountId;
    private final ConcurrentSkipListMap<String, DeployedFunction> byName = new ConcurrentSkipListMap<>();

    AccountFunctions(String accountId) {
        this.accountId = accountId;
    }

    String accountId() {
        return accountId;
    }

    Optional<DeployedFunction> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    DeployedFunction require(String name) {
        DeployedFunction function = byName.get(name);
        if (function == null) {
            throw FunctionRef.notFound(accountId, name);
        }
        return function;
    }

    void put(DeployedFunction function) {
        byName.put(function.config().name(), function);
    }

    void remove(String name) {
        byName.remove(name);
    }

    List<DeployedFunction> all() {
        return List.copyOf(byName.values());
    }

    /** Up to {@code max} functions named after {@code marker} (from the first when null), in name order. */
    List<DeployedFunction> page(String marker, int max) {
        var rest = marker == null ? byName : byName.tailMap(marker, false);
        return rest.values().stream().limit(max).toList();
    }

    boolean hasAfter(String name) {
        return byName.higherKey(name) != null;
    }

    /**
     * The account's unreserved concurrency if function {@code name} had these settings: the limit
     * minus every reservation, minus the provisioned concurrency of functions without one (those
     * take it from the unreserved pool).
     */
    int unreservedIf(AccountConcurrency quota, String name, Integer reserved, int provisioned) {
        int unreserved = quota.limit();
        for (DeployedFunction function : byName.values()) {
            boolean changing = function.config().name().equals(name);
            Integer r = changing ? reserved : function.reservedConcurrency();
            int p = changing ? provisioned : function.provisionedConcurrency();
            unreserved -= r != null ? r : p;
        }
        return unreserved;
    }

    int unreserved(AccountConcurrency quota) {
        return unreservedIf(quota, null, null, 0);
    }
}
