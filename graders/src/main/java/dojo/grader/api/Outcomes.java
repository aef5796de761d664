package dojo.grader.api;

/** What each way of failing looks like to a learner, and the usual advice for it. */
final class Outcomes {
    private Outcomes() {}

    record Explanation(String got, String hint) {}

    static Explanation explain(Invocation i) {
        String error = i.errorType() + (i.errorMessage().isBlank() ? "" : ": " + Text.clip(i.errorMessage(), 300));
        return switch (i.outcome()) {
            case SUCCESS -> new Explanation("a response", "");
            case TIMEOUT -> new Explanation(i.errorMessage().replaceFirst("(?s).*(Task timed out after [0-9.]+ seconds).*", "$1"),
                    "The handler was still running when the function's timeout struck. Look for an endless loop or a wait "
                            + "that never ends, or do less per invocation and report progress when "
                            + "context.getRemainingTimeInMillis() runs low.");
            case OUT_OF_MEMORY -> new Explanation("the handler ran out of memory (" + i.memorySizeMb() + " MB function)",
                    "Keep less in memory at once: stream the input instead of loading it whole, and drop what you no "
                            + "longer need.");
            case INIT_ERROR -> new Explanation("INIT failed, so no invocation ran: " + error,
                    "The runtime could not load the handler. Check the package and class names against the lab's handler "
                            + "setting, and anything a static field or static block does when the class loads.");
            case FUNCTION_ERROR -> "Runtime.ExitError".equals(i.errorType())
                    ? new Explanation("the runtime process exited: " + error,
                            "Never call System.exit or Runtime.halt in a handler: it kills the execution environment. "
                                    + "Return a value or throw an exception instead.")
                    : new Explanation("the handler threw " + error,
                            "Read the stack trace in the log below; it shows the line that threw.");
            case THROTTLED, PLATFORM_ERROR -> throw new IllegalStateException("The engine could not run the invocation ("
                    + i.outcome() + ": " + error + "); this is the platform's fault, not the submission's");
        };
    }
}
