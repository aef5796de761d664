package dojo.lambda.runtime;

import java.lang.reflect.Type;
import java.util.List;

/**
 * Learner-facing reports for events that do not fit the input type and results that cannot be
 * written as JSON. They keep AWS's opening words, then say what was expected, what was found and
 * what to do.
 */
final class CodecFailures {
    private static final String JSON_ERROR_TYPE = "java.lang.RuntimeException";

    private CodecFailures() {}

    static FunctionError decoding(Type expected, Payload event, Throwable failure) {
        String message = "An error occurred during JSON parsing: expected " + expected.getTypeName()
                + ", found " + JsonText.describe(event.text()) + " (" + reason(failure) + "). "
                + "Send an event that matches " + expected.getTypeName() + " or change the handler's input type.";
        // The frames would all be the serializer's own; the message carries what the learner needs.
        return new FunctionError(new ErrorReport(message, JSON_ERROR_TYPE, List.of()));
    }

    static FunctionError encoding(Type declared, Object value, Throwable failure) {
        String found = value == null ? "null" : value.getClass().getName();
        String message = "An error occurred during JSON serialization of response: could not write " + found
                + " (declared as " + declared.getTypeName() + ") as JSON (" + reason(failure) + "). "
                + "Return a type with public getters or fields, a Map, a List or a String.";
        // The frames would all be the serializer's own; the message carries what the learner needs.
        return new FunctionError(new ErrorReport(message, JSON_ERROR_TYPE, List.of()));
    }

    /** The deepest cause's message without Jackson's source-location suffix. */
    static String reason(Throwable failure) {
        Throwable root = rootCause(failure);
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        if (root instanceof ClassNotFoundException || root instanceof NoClassDefFoundError) {
            return "missing class " + message.replace('/', '.');
        }
        int location = message.indexOf("\n at [Source");
        if (location >= 0) {
            message = message.substring(0, location);
        }
        return message.strip();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
