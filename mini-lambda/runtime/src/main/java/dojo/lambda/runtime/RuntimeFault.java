package dojo.lambda.runtime;

/** Root of the runtime's own unchecked exceptions. */
abstract class RuntimeFault extends RuntimeException {
    RuntimeFault(String message, Throwable cause) {
        super(message, cause);
    }
}
