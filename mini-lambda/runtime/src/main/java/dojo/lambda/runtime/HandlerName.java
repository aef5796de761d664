package dojo.lambda.runtime;

import java.util.Objects;

/** The parsed {@code _HANDLER} setting: {@code package.Class} or {@code package.Class::method}. */
record HandlerName(String className, String methodName) {
    HandlerName {
        Objects.requireNonNull(className, "className");
    }

    boolean namesMethod() {
        return methodName != null;
    }

    static HandlerName parse(String setting) {
        String handler = setting == null ? "" : setting.trim();
        int separator = handler.indexOf("::");
        String className = separator < 0 ? handler : handler.substring(0, separator);
        String methodName = separator < 0 ? null : handler.substring(separator + 2);
        if (className.isEmpty() || (methodName != null && (methodName.isEmpty() || methodName.contains(":")))) {
            throw new FunctionError(FunctionErrorType.BAD_FUNCTION_CODE.header(),
                    "Invalid handler '" + handler + "'. Expected 'package.Class' or 'package.Class::method', "
                            + "for example 'example.Hello::handleRequest'.");
        }
        return new HandlerName(className, methodName);
    }
}
