package dojo.lambda.function;

/**
 * An account's concurrency quota, as AWS sets it: {@code limit} concurrent executions in total,
 * of which reservations may never leave fewer than {@code minimumUnreserved} for the functions
 * without one.
 */
public record AccountConcurrency(int limit, int minimumUnreserved) {
    /** AWS's default quota: 1000 concurrent executions, at least 100 of them unreserved. */
    public static final AccountConcurrency AWS_DEFAULT = new AccountConcurrency(1000, 100);

    public AccountConcurrency {
        if (limit < 1 || minimumUnreserved < 0 || minimumUnreserved > limit) {
            throw new IllegalArgumentException("An account's concurrency needs 0 <= minimumUnreserved <= limit and"
                    + " limit >= 1, but got limit " + limit + " and minimumUnreserved " + minimumUnreserved);
        }
    }
}
