package dojo.lambda.invoke;

/** How one invocation ended. Closed set: handle with a switch expression without default. */
public enum Outcome {
    SUCCESS,
    FUNCTION_ERROR,
    TIMEOUT,
    OUT_OF_MEMORY,
    INIT_ERROR,
    THROTTLED,
    PLATFORM_ERROR;

    /** True when the caller gets {@code X-Amz-Function-Error: Unhandled} and an error body. */
    public boolean isFunctionError() {
        return switch (this) {
            case SUCCESS, THROTTLED, PLATFORM_ERROR -> false;
            case FUNCTION_ERROR, TIMEOUT, OUT_OF_MEMORY, INIT_ERROR -> true;
        };
    }
}
