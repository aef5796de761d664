package dojo.lambda.function;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;

/**
 * AWS's rules for reserved and provisioned concurrency, as functions from the current function
 * to the changed one. Provisioned concurrency lives inside the reservation when there is one,
 * and otherwise comes out of the account's unreserved pool, which must keep its minimum.
 */
final class ConcurrencyRules {
    private ConcurrencyRules() {}

    static DeployedFunction reserve(DeployedFunction current, int reserved) {
        Violations violations = new Violations();
        violations.range(reserved, "reservedConcurrentExecutions", 0, Integer.MAX_VALUE);
        violations.throwIfAny();
        int provisioned = current.provisionedConcurrency();
        if (reserved < provisioned) {
            throw invalid("ReservedConcurrentExecutions " + reserved + " is less than the function's provisioned"
                    + " concurrency " + provisioned + ". Reserve at least " + provisioned
                    + ", or lower the provisioned concurrency first.");
        }
        return with(current, reserved, provisioned);
    }

    static DeployedFunction unreserve(DeployedFunction current) {
        return with(current, null, current.provisionedConcurrency());
    }

    static DeployedFunction provision(DeployedFunction current, int provisioned) {
        Violations violations = new Violations();
        violations.range(provisioned, "provisionedConcurrentExecutions", 1, Integer.MAX_VALUE);
        violations.throwIfAny();
        Integer reserved = current.reservedConcurrency();
        if (reserved != null && provisioned > reserved) {
            throw invalid("Requested Provisioned Concurrency should not be greater than the reservedConcurrentExecution"
                    + " for function");
        }
        return with(current, reserved, provisioned);
    }

    static DeployedFunction unprovision(DeployedFunction current) {
        return with(current, current.reservedConcurrency(), 0);
    }

    /**
     * Refuses {@code changed} when it would leave the account less than its minimum unreserved
     * concurrency; {@code setting} is the name AWS uses in that message.
     */
    static void checkUnreserved(AccountFunctions account, AccountConcurrency quota, DeployedFunction changed, String setting) {
        int unreserved = account.unreservedIf(quota, changed.config().name(), changed.reservedConcurrency(),
                changed.provisionedConcurrency());
        if (unreserved < quota.minimumUnreserved()) {
            throw invalid("Specified " + setting + " for function decreases account's UnreservedConcurrentExecution"
                    + " below its minimum value of [" + quota.minimumUnreserved() + "].");
        }
    }

    private static DeployedFunction with(DeployedFunction current, Integer reserved, int provisioned) {
        return new DeployedFunction(current.config(), current.codeDir(), reserved, provisioned);
    }

    private static ApiException invalid(String message) {
        return new ApiException(ErrorType.InvalidParameterValueException, message);
    }
}
