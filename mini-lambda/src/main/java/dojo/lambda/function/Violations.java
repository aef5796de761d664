package dojo.lambda.function;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.util.ArrayList;
import java.util.List;

/**
 * AWS's request-model checks, collected and reported together the way AWS words them:
 * {@code 2 validation errors detected: Value '0' at 'timeout' failed to satisfy constraint: ...;
 * Value ...}. A value is quoted, {@code null} is not.
 */
final class Violations {
    private final List<String> found = new ArrayList<>();

    void add(Object value, String member, String constraint) {
        String shown = value == null ? "Value null" : "Value '" + value + "'";
        found.add(shown + " at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    /** For members AWS treats as sensitive (environment variables), whose value it never echoes. */
    void addHidden(String member, String constraint) {
        found.add("Value at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    void notNull(Object value, String member) {
        if (value == null) {
            add(null, member, "Member must not be null");
        }
    }

    void range(Integer value, String member, int min, int max) {
        if (value == null) {
            return;
        }
        if (value < min) {
            add(value, member, "Member must have value greater than or equal to " + min);
        } else if (value > max) {
            add(value, member, "Member must have value less than or equal to " + max);
        }
    }

    void maxLength(String value, String member, int max) {
        if (value != null && value.length() > max) {
            add(value, member, "Member must have length less than or equal to " + max);
        }
    }

    void pattern(String value, String member, String regex) {
        if (value != null && !value.matches(regex)) {
            add(value, member, "Member must satisfy regular expression pattern: " + regex);
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws AWS's ValidationException naming every violation found, if any. */
    void throwIfAny() {
        throwIfAny(ErrorType.ValidationException);
    }

    void throwIfAny(ErrorType type) {
        if (!found.isEmpty()) {
            throw new ApiException(type, message());
        }
    }

    String message() {
        int n = found.size();
        return n + " validation error" + (n == 1 ? "" : "s") + " detected: " + String.join("; ", found);
    }
}
