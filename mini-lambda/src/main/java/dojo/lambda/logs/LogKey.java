package dojo.lambda.logs;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Which log: an account's function. Both parts are checked against AWS's formats, which also
 * makes them safe as file names: no key can name a path outside its own account's folder.
 */
record LogKey(String accountId, String functionName) {
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    LogKey {
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            throw new ApiException(ErrorType.InvalidParameterValueException,
                    "Expected a 12-digit account id, found '" + accountId + "'; pass the function's accountId");
        }
        if (functionName == null || !FUNCTION_NAME.matcher(functionName).matches()) {
            throw new ApiException(ErrorType.InvalidParameterValueException, "Expected a function name of 1-64"
                    + " letters, digits, '-' or '_', found '" + functionName + "'; pass the function's name");
        }
    }

    /** {@code <dataDir>/accounts/<accountId>/logs/<functionName>.log} */
    Path file(Path dataDir) {
        return dataDir.resolve("accounts").resolve(accountId).resolve("logs").resolve(functionName + ".log");
    }

    @Override
    public String toString() {
        return accountId + "/" + functionName;
    }
}
