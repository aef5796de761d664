package dojo.lambda;

/** The engine cannot start; the message says what is missing and how to fix it. */
public final class EngineStartException extends RuntimeException {
    public EngineStartException(String message) {
        super(message);
    }
}
