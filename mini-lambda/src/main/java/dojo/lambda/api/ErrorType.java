package dojo.lambda.api;

/**
 * The AWS Lambda error names the engine answers with, each with its HTTP status. The name goes
 * into the {@code x-amzn-ErrorType} header and the JSON body, exactly as AWS spells it, so the
 * AWS SDKs map it to their typed exceptions.
 */
public enum ErrorType {
    ResourceNotFoundException(404),
    InvalidParameterValueException(400),
    InvalidRequestContentException(400),
    /** AWS's request-model checks ("1 validation error detected: ..."), not in the SDK model. */
    ValidationException(400),
    RequestTooLargeException(413),
    /** A CreateFunction/UpdateFunctionCode body past the direct-upload limit (50 MB zipped). */
    RequestEntityTooLargeException(413),
    ResourceConflictException(409),
    TooManyRequestsException(429),
    CodeStorageExceededException(400),
    UnsupportedMediaTypeException(415),
    MissingAuthenticationTokenException(403),
    InvalidSignatureException(403),
    IncompleteSignatureException(403),
    UnrecognizedClientException(403),
    ServiceException(500);

    private final int status;

    ErrorType(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
