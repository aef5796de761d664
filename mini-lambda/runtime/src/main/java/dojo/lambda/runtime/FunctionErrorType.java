package dojo.lambda.runtime;

/** Values of the {@code Lambda-Runtime-Function-Error-Type} header this runtime sends. */
enum FunctionErrorType {
    /** The handler threw, or its event or response could not be (de)serialized (as AWS's Java runtime). */
    USER_EXCEPTION("Runtime.UserException"),
    /** The function could not be initialised: handler setting, class, method, constructor, static init. */
    BAD_FUNCTION_CODE("Runtime.BadFunctionCode"),
    /** The JVM ran out of memory during an invocation; the environment exits and must be discarded. */
    OUT_OF_MEMORY("Runtime.OutOfMemory");

    private final String header;

    FunctionErrorType(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }
}
