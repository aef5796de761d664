package dojo.lambda.function;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function named the ways AWS accepts: {@code my-function}, the partial ARN
 * {@code 123456789012:function:my-function} or the full ARN
 * {@code arn:aws:lambda:us-east-1:123456789012:function:my-function}, each optionally with a
 * {@code :qualifier}. Only the caller's own account and region resolve, and only {@code $LATEST}
 * exists (the engine has no published versions or aliases).
 */
record FunctionRef(String name, String account, String region, String qualifier) {

    /** AWS's FunctionName pattern for CreateFunction and the calls that change a function. */
    static final String CHANGE_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?"
            + "(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
    /** AWS's FunctionName pattern for GetFunction and Invoke, which also allow dots. */
    static final String READ_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?"
            + "(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?";
    static final int NAME_MAX = 64;
    static final int CHANGE_MAX = 140;
    static final int READ_MAX = 256;

    private static final Pattern PARTS = Pattern.compile("(?:arn:(?:aws[a-zA-Z-]*)?:lambda:)?"
            + "(?:(?<region>[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d):)?(?:(?<account>\\d{12}):)?(?:function:)?"
            + "(?<name>[a-zA-Z0-9._-]+)(?::(?<qualifier>\\$LATEST(?:\\.PUBLISHED)?|[a-zA-Z0-9_-]+))?");

    /** Parses a FunctionName given to CreateFunction; a plain name is limited to 64 characters. */
    static FunctionRef forCreate(String nameOrArn) {
        Violations violations = new Violations();
        violations.notNull(nameOrArn, "functionName");
        violations.throwIfAny();
        boolean plainName = nameOrArn.matches("[a-zA-Z0-9-_]*");
        violations.maxLength(nameOrArn, "functionName", plainName ? NAME_MAX : CHANGE_MAX);
        violations.pattern(nameOrArn, "functionName", CHANGE_PATTERN);
        // AWS answers a bad plain name on CreateFunction as InvalidParameterValueException, a bad ARN as ValidationException.
        violations.throwIfAny(plainName ? ErrorType.InvalidParameterValueException : ErrorType.ValidationException);
        FunctionRef ref = parse(nameOrArn);
        if (ref.name.length() > NAME_MAX) {
            violations.add(nameOrArn, "functionName", "Member must have length less than or equal to " + NAME_MAX);
            violations.throwIfAny();
        }
        if (ref.qualifier != null) {
            throw new ApiException(ErrorType.InvalidParameterValueException, "FunctionName '" + nameOrArn
                    + "' names a version or alias, but CreateFunction creates the function itself. Give its name"
                    + " without a qualifier, for example '" + ref.name + "'.");
        }
        return ref;
    }

    /** Parses a FunctionName given to a call that changes a function (update, delete, concurrency). */
    static FunctionRef forChange(String nameOrArn) {
        return checked(nameOrArn, CHANGE_PATTERN, CHANGE_MAX);
    }

    /** Parses a FunctionName given to GetFunction or Invoke. */
    static FunctionRef forRead(String nameOrArn) {
        return checked(nameOrArn, READ_PATTERN, READ_MAX);
    }

    private static FunctionRef checked(String nameOrArn, String pattern, int maxLength) {
        Violations violations = new Violations();
        violations.notNull(nameOrArn, "functionName");
        violations.maxLength(nameOrArn, "functionName", maxLength);
        violations.pattern(nameOrArn, "functionName", pattern);
        violations.throwIfAny();
        return parse(nameOrArn);
    }

    private static FunctionRef parse(String nameOrArn) {
        Matcher m = PARTS.matcher(nameOrArn);
        if (!m.matches()) {
            throw new IllegalStateException("FunctionName '" + nameOrArn + "' passed AWS's pattern but not ours");
        }
        return new FunctionRef(m.group("name"), m.group("account"), m.group("region"), m.group("qualifier"));
    }

    /**
     * The function's name once it is known to belong to {@code accountId} in the engine's region
     * and to name {@code $LATEST}; otherwise ResourceNotFoundException as AWS words it.
     */
    String nameIn(String accountId) {
        if (region != null && !region.equals(FunctionConfig.DEFAULT_REGION)) {
            throw new ApiException(ErrorType.ResourceNotFoundException, "Functions from '" + region
                    + "' are not reachable in this region ('" + FunctionConfig.DEFAULT_REGION + "')");
        }
        String owner = account == null ? accountId : account;
        boolean latest = qualifier == null || qualifier.equals("$LATEST");
        if (!owner.equals(accountId) || !latest) {
            throw notFound(owner, name + (qualifier == null ? "" : ":" + qualifier));
        }
        return name;
    }

    static ApiException notFound(String accountId, String nameAndQualifier) {
        return new ApiException(ErrorType.ResourceNotFoundException, "Function not found: arn:aws:lambda:"
                + FunctionConfig.DEFAULT_REGION + ":" + accountId + ":function:" + nameAndQualifier);
    }
}
