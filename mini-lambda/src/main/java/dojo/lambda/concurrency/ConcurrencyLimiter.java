package dojo.lambda.concurrency;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lambda's concurrency rules, per account: a function with reserved concurrency R runs at most R
 * invocations at once; all other functions share what the account limit leaves unreserved. A call
 * over its limit is throttled with AWS's 429 and {@code Reason}. Thread-safe.
 */
public final class ConcurrencyLimiter {
    private final int accountLimit;
    private final Map<String, AccountState> accounts = new ConcurrentHashMap<>();

    public ConcurrencyLimiter(int accountLimit) {
        this.accountLimit = accountLimit;
    }

    public int accountLimit() {
        return accountLimit;
    }

    /**
     * Takes one slot for an invocation of {@code function} or throws TooManyRequestsException.
     *
     * @param reserved the function's reserved concurrency, or null when it has none
     * @param totalReserved the sum of reserved concurrency over the account's functions
     */
    public Slot acquire(String accountId, String function, Integer reserved, int totalReserved) {
        AccountState state = accounts.computeIfAbsent(accountId, k -> new AccountState());
        synchronized (state) {
            int running = state.running.getOrDefault(function, 0);
            if (reserved != null) {
                if (running >= reserved) {
                    throw new ApiException(ErrorType.TooManyRequestsException, "Rate Exceeded.",
                            "ReservedFunctionConcurrentInvocationLimitExceeded");
                }
            } else if (state.unreserved >= accountLimit - totalReserved) {
                throw new ApiException(ErrorType.TooManyRequestsException, "Rate Exceeded.", "ConcurrentInvocationLimitExceeded");
            }
            state.running.put(function, running + 1);
            if (reserved == null) {
                state.unreserved++;
            }
        }
        return new Slot(state, function, reserved == null);
    }

    /** Invocations running now for one function. */
    public int running(String accountId, String function) {
        AccountState state = accounts.get(accountId);
        if (state == null) {
            return 0;
        }
        synchronized (state) {
            return state.running.getOrDefault(function, 0);
        }
    }

    private static final class AccountState {
        final Map<String, Integer> running = new java.util.HashMap<>();
        int unreserved;
    }

    /** One running invocation's place; close it exactly once when the invocation ends. */
    public static final class Slot implements AutoCloseable {
        private final AccountState state;
        private final String function;
        private final boolean unreserved;
        private boolean closed;

        private Slot(AccountState state, String function, boolean unreserved) {
            this.state = state;
            this.function = function;
            this.unreserved = unreserved;
        }

        @Override
        public void close() {
            synchronized (state) {
                if (closed) {
                    return;
                }
                closed = true;
                state.running.merge(function, -1, Integer::sum);
                if (unreserved) {
                    state.unreserved--;
                }
            }
        }
    }
}
