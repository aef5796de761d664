package dojo.lambda.s3;

import dojo.lambda.api.ApiException;
import dojo.lambda.api.ErrorType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An S3 error as S3 reports it: a {@link S3ErrorCode}, a message (S3's wording, then what was
 * found and what to do) and extra elements of the error document such as {@code BucketName} or
 * {@code Key}. Answered as {@code <Error><Code>..</Code><Message>..</Message>..</Error>}.
 */
final class S3Exception extends ApiException {
    private final S3ErrorCode code;
    private final Map<String, String> details = new LinkedHashMap<>();

    S3Exception(S3ErrorCode code, String detail) {
        super(lambdaType(code.status()), detail == null || detail.isEmpty() ? code.message() : code.message() + " " + detail);
        this.code = code;
    }

    S3Exception(S3ErrorCode code) {
        this(code, null);
    }

    /** Adds an element of S3's error document, e.g. {@code BucketName} or {@code Key}. */
    S3Exception with(String element, String value) {
        if (value != null) {
            details.put(element, value);
        }
        return this;
    }

    S3ErrorCode code() {
        return code;
    }

    Map<String, String> details() {
        return details;
    }

    static S3Exception noSuchBucket(String bucket) {
        return new S3Exception(S3ErrorCode.NoSuchBucket, "No bucket named '" + bucket
                + "' exists in this account; create it with CreateBucket first.").with("BucketName", bucket);
    }

    static S3Exception noSuchKey(String bucket, String key) {
        return new S3Exception(S3ErrorCode.NoSuchKey, "Bucket '" + bucket + "' has no object with key '" + key
                + "'. ListObjectsV2 shows the keys it has.").with("Key", key);
    }

    private static ErrorType lambdaType(int status) {
        return switch (status / 100) {
            case 5 -> ErrorType.ServiceException;
            default -> status == 404 ? ErrorType.ResourceNotFoundException
                    : status == 409 ? ErrorType.ResourceConflictException : ErrorType.InvalidParameterValueException;
        };
    }
}
