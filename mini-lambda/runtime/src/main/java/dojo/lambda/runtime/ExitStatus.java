package dojo.lambda.runtime;

/** How the runtime process ends; it never ends on its own while healthy. */
enum ExitStatus {
    /** INIT failed; the error was posted to {@code /runtime/init/error}. */
    INIT_FAILED(1),
    /** A VirtualMachineError (OutOfMemoryError, StackOverflowError) ended an invocation; the error was posted. */
    FATAL_ERROR(2),
    /** The Runtime API was unreachable or broke its contract, or the environment variables were wrong. */
    PLATFORM_FAULT(3);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
