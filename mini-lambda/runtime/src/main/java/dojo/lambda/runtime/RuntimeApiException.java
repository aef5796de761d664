package dojo.lambda.runtime;

/** A platform fault: the Runtime API is unreachable or answered outside its contract. */
final class RuntimeApiException extends RuntimeFault {
    RuntimeApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
