package dojo.lambda.runtime;

import java.util.List;

/**
 * Reports an OutOfMemoryError without needing the memory that just ran out: a block reserved at
 * start is released first, and the fixed parts of the message are built in advance.
 */
final class OutOfMemoryReport {
    static final String ERROR_TYPE = "Runtime.OutOfMemory";
    private static final int RESERVE_BYTES = 512 * 1024;

    private final String prefix;
    private final String suffix;
    private byte[] reserve = new byte[RESERVE_BYTES];

    OutOfMemoryReport(int memoryMb) {
        this.prefix = "The function ran out of memory (";
        this.suffix = ") with a memory size of " + memoryMb + " MB. Increase the function's MemorySize, "
                + "or keep less data in memory during an invocation (stream large inputs, do not cache events "
                + "in static fields).";
    }

    ErrorReport report(OutOfMemoryError error) {
        reserve = null;
        String detail = error.getMessage() == null ? "java.lang.OutOfMemoryError"
                : "java.lang.OutOfMemoryError: " + error.getMessage();
        return new ErrorReport(prefix + detail + suffix, ERROR_TYPE, List.of());
    }

    boolean reserved() {
        return reserve != null;
    }
}
